import { readPage, type PageArgs } from "../../../../lib/pagination.js";
import type { Context } from "../context.js";
import type { Company as CompanyRow } from "../entities/index.js";

export const Company = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.company.load(id),
  products: (company: CompanyRow, args: PageArgs, { loaders }: Context) =>
    loaders.productsOfCompany.load({ parentId: company.id, page: readPage(args) }),
};
