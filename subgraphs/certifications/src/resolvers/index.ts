import { scalarResolvers } from "../../../../lib/schema/scalars.js";
import type { Resolvers } from "../generated/resolvers-types.js";
import { Certificate } from "./certificate.js";
import { CertificationProgram } from "./certification-program.js";
import { Institution } from "./institution.js";
import { Mutation } from "./mutation.js";
import { Product } from "./product.js";
import { Query } from "./query.js";
import { SupportApplication } from "./support-application.js";

export const resolvers: Resolvers = {
  Money: scalarResolvers.Money,
  Date: scalarResolvers.Date,
  Query,
  Mutation,
  CertificationProgram,
  SupportApplication,
  Certificate,
  Product,
  Institution,
};
