import type { CertificateResolvers } from "../generated/resolvers-types.js";

export const Certificate: CertificateResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.certificate.load(id),
  product: (certificate) => ({ __typename: "Product", id: certificate.productId }),
};
