import { scalarResolvers } from "../../../../lib/scalars.js";
import type { SubgraphResolvers } from "../../../../lib/subgraph-server.js";
import type { Context } from "../context.js";
import { Institution } from "./institution.js";
import { Mutation } from "./mutation.js";
import { Product } from "./product.js";
import { AnnualProgramFigures, ProcurementSummary } from "./program-figures.js";
import { Purchase } from "./purchase.js";
import { PurchaseTarget } from "./purchase-target.js";
import { Query } from "./query.js";

export const resolvers = {
  Money: scalarResolvers.Money,
  Date: scalarResolvers.Date,
  Query,
  Mutation,
  Institution,
  Purchase,
  PurchaseTarget,
  Product,
  ProcurementSummary,
  AnnualProgramFigures,
} as unknown as SubgraphResolvers<Context>;
