import type { Context } from "../context.js";
import type { Certificate as CertificateRow } from "../entities/index.js";

export const Certificate = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.certificate.load(id),
  product: (certificate: CertificateRow) => ({ __typename: "Product", id: certificate.productId }),
};
