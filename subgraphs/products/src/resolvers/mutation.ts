import { moveDesignationApplication, submitDesignationApplication } from "./mutations/applications.js";
import { registerCompany } from "./mutations/companies.js";
import { revokeDesignation } from "./mutations/products.js";
import { openDesignationRound } from "./mutations/rounds.js";

/** The products subgraph's writes, one module per aggregate under ./mutations. */
export const Mutation = {
  registerCompany,
  openDesignationRound,
  submitDesignationApplication,
  moveDesignationApplication,
  revokeDesignation,
};
