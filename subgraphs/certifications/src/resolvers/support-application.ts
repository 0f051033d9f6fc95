import type { Context } from "../context.js";
import type { SupportApplication as ApplicationRow } from "../entities/index.js";

export const SupportApplication = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.application.load(id),
  program: (application: ApplicationRow, _: unknown, { loaders }: Context) => loaders.program.load(application.programId),
  product: (application: ApplicationRow) => ({ __typename: "Product", id: application.productId }),
};
