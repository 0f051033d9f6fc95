import { scalarResolvers } from "../../../../lib/schema/scalars.js";
import type { Resolvers } from "../generated/resolvers-types.js";
import { Institution } from "./institution.js";
import { LeadBuyerDeclaration } from "./lead-buyer-declaration.js";
import { Mutation } from "./mutation.js";
import { Product } from "./product.js";
import { AnnualProgramFigures, ProcurementSummary } from "./program-figures.js";
import { Purchase } from "./purchase.js";
import { PurchaseTarget } from "./purchase-target.js";
import { Query } from "./query.js";

export const resolvers: Resolvers = {
  Money: scalarResolvers.Money,
  Date: scalarResolvers.Date,
  Query,
  Mutation,
  Institution,
  LeadBuyerDeclaration,
  Purchase,
  PurchaseTarget,
  Product,
  ProcurementSummary,
  AnnualProgramFigures,
};
