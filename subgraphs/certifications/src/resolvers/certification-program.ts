import { todayInKorea } from "../../../../lib/domain/dates.js";
import type { CertificationProgramResolvers } from "../generated/resolvers-types.js";

export const CertificationProgram: CertificationProgramResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.program.load(id),
  operator: (program) => ({ __typename: "Institution", id: program.operatorInstitutionId }),
  remainingBudget: (program) => program.budget - program.committedAmount,
  isOpen: (program) => {
    const today = todayInKorea();
    return program.applicationOpensOn <= today && today <= program.applicationClosesOn;
  },
  applications: (program, { status, ...args }, { loaders, readPage }) =>
    loaders.applicationsOfProgram.load({ parentId: program.id, page: readPage(args), filter: { status: status ?? null } }),
};
