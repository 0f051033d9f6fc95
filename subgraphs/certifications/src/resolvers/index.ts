import { scalarResolvers } from "../../../../lib/scalars.js";
import type { SubgraphResolvers } from "../../../../lib/subgraph-server.js";
import type { Context } from "../context.js";
import { Certificate } from "./certificate.js";
import { CertificationProgram } from "./certification-program.js";
import { Institution } from "./institution.js";
import { Mutation } from "./mutation.js";
import { Product } from "./product.js";
import { Query } from "./query.js";
import { SupportApplication } from "./support-application.js";

export const resolvers = {
  Money: scalarResolvers.Money,
  Date: scalarResolvers.Date,
  Query,
  Mutation,
  CertificationProgram,
  SupportApplication,
  Certificate,
  Product,
  Institution,
} as unknown as SubgraphResolvers<Context>;
