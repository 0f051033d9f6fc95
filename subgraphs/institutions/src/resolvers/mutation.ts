import { declareLeadBuyer, registerInstitution, setPurchaseTarget } from "./mutations/institutions.js";
import { recordPurchase } from "./mutations/purchases.js";
import type { MutationResolvers } from "../generated/resolvers-types.js";

/** The institutions subgraph's writes; each aggregate's rules live in ./mutations and ../rules.ts. */
export const Mutation: MutationResolvers = { registerInstitution, declareLeadBuyer, setPurchaseTarget, recordPurchase };
