import { scalarResolvers } from "../../../../lib/schema/scalars.js";
import type { Resolvers } from "../generated/resolvers-types.js";
import { Company } from "./company.js";
import { DesignationApplication } from "./designation-application.js";
import { DesignationRound } from "./designation-round.js";
import { Product } from "./product.js";
import { AnnualProgramFigures, ProcurementSummary } from "./program-figures.js";
import { Mutation } from "./mutation.js";
import { Query } from "./query.js";

export const resolvers: Resolvers = {
  Money: scalarResolvers.Money,
  Date: scalarResolvers.Date,
  Query,
  Mutation,
  Product,
  Company,
  DesignationRound,
  DesignationApplication,
  ProcurementSummary,
  AnnualProgramFigures,
};
