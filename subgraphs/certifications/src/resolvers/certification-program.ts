import { todayInKorea } from "../../../../lib/dates.js";
import { readPage, type PageArgs } from "../../../../lib/pagination.js";
import type { SupportApplicationStatus } from "../../../../lib/seed/dataset.js";
import type { Context } from "../context.js";
import type { CertificationProgram as ProgramRow } from "../entities/index.js";

export const CertificationProgram = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.program.load(id),
  operator: (program: ProgramRow) => ({ __typename: "Institution", id: program.operatorInstitutionId }),
  remainingBudget: (program: ProgramRow) => program.budget - program.committedAmount,
  isOpen: (program: ProgramRow) => {
    const today = todayInKorea();
    return program.applicationOpensOn <= today && today <= program.applicationClosesOn;
  },
  applications: (program: ProgramRow, { status, ...args }: { status?: SupportApplicationStatus | null } & PageArgs, { loaders }: Context) =>
    loaders.applicationsOfProgram.load({ parentId: program.id, page: readPage(args), filter: { status: status ?? null } }),
};
