import type { MutationResolvers } from "../generated/resolvers-types.js";
import { moveDesignationApplication, submitDesignationApplication } from "./mutations/applications.js";
import { registerCompany } from "./mutations/companies.js";
import { revokeDesignation } from "./mutations/products.js";
import { openDesignationRound } from "./mutations/rounds.js";

/** The products subgraph's writes, one module per aggregate under ./mutations. */
export const Mutation: MutationResolvers = {
  registerCompany,
  openDesignationRound,
  submitDesignationApplication,
  moveDesignationApplication,
  revokeDesignation,
};
