import {
  advanceCertificationSupport,
  applyForCertificationSupport,
  decideCertificationSupport,
  withdrawCertificationSupport,
} from "./mutations/applications.js";
import { recordCertificate } from "./mutations/certificates.js";
import { openCertificationProgram } from "./mutations/programs.js";
import type { MutationResolvers } from "../generated/resolvers-types.js";

/** The certifications subgraph's writes, one file per aggregate under mutations/; the rules are in ../rules.ts. */
export const Mutation: MutationResolvers = {
  openCertificationProgram,
  applyForCertificationSupport,
  decideCertificationSupport,
  withdrawCertificationSupport,
  advanceCertificationSupport,
  recordCertificate,
};
