import { readPage } from "../../../../lib/pagination.js";
import type { CompanyResolvers } from "../generated/resolvers-types.js";

export const Company: CompanyResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.company.load(id),
  products: (company, args, { loaders }) => loaders.productsOfCompany.load({ parentId: company.id, page: readPage(args) }),
};
