import { declareLeadBuyer, registerInstitution, setPurchaseTarget } from "./mutations/institutions.js";
import { recordPurchase } from "./mutations/purchases.js";

/** The institutions subgraph's writes; each aggregate's rules live in ./mutations and ../rules.ts. */
export const Mutation = { registerInstitution, declareLeadBuyer, setPurchaseTarget, recordPurchase };
