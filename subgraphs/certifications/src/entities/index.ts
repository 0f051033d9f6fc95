import { Certificate } from "./certificate.js";
import { CertificationProgram } from "./certification-program.js";
import { SupportApplication } from "./support-application.js";

export { Certificate, CertificationProgram, SupportApplication };
export const entities = [CertificationProgram, SupportApplication, Certificate];
