import {
  advanceCertificationSupport,
  applyForCertificationSupport,
  decideCertificationSupport,
  withdrawCertificationSupport,
} from "./mutations/applications.js";
import { recordCertificate } from "./mutations/certificates.js";
import { openCertificationProgram } from "./mutations/programs.js";

/** The certifications subgraph's writes, one file per aggregate under mutations/; the rules are in ../rules.ts. */
export const Mutation = {
  openCertificationProgram,
  applyForCertificationSupport,
  decideCertificationSupport,
  withdrawCertificationSupport,
  advanceCertificationSupport,
  recordCertificate,
};
