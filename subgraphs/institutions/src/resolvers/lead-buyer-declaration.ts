import { derivedId } from "../../../../lib/domain/derived-ids.js";
import type { LeadBuyerDeclarationResolvers } from "../generated/resolvers-types.js";

export const LeadBuyerDeclaration: LeadBuyerDeclarationResolvers = {
  /** An institution declares once, so its declaration is identified by the institution. */
  id: (declaration) => derivedId("LeadBuyerDeclaration", declaration.institutionId),
};
