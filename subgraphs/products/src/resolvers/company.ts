import type { CompanyResolvers } from "../generated/resolvers-types.js";

export const Company: CompanyResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.company.load(id),
  products: (company, args, { loaders, readPage }) => loaders.productsOfCompany.load({ parentId: company.id, page: readPage(args) }),
};
