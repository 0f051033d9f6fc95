import { requireId } from "../../../../lib/domain/ids.js";
import { requireYear } from "../../../../lib/domain/years.js";
import { pageOf } from "../../../../lib/data/list-queries.js";
import { Certificate, CertificationProgram } from "../entities/index.js";
import type { QueryResolvers } from "../generated/resolvers-types.js";

export const Query: QueryResolvers = {
  certificationProgram: (_, { id }, { loaders }) => loaders.program.load(requireId(id, "id")),

  certificationPrograms(_, { filter, ...page }, { db, readPage }) {
    const query = db.getRepository(CertificationProgram).createQueryBuilder("t").orderBy("t.year", "DESC").addOrderBy("t.id", "ASC");
    if (filter?.operatorId) {
      query.andWhere("t.operatorInstitutionId = :operator", { operator: requireId(filter.operatorId, "filter.operatorId") });
    }
    if (filter?.year != null) query.andWhere("t.year = :year", { year: requireYear(filter.year, "filter.year") });
    if (filter?.scope) query.andWhere(":scope = ANY(t.scope)", { scope: filter.scope });
    if (filter?.scheme) query.andWhere(":scheme = ANY(t.schemes)", { scheme: filter.scheme });
    return pageOf(query, readPage(page));
  },

  supportApplication: (_, { id }, { loaders }) => loaders.application.load(requireId(id, "id")),

  certificate: (_, { id }, { loaders }) => loaders.certificate.load(requireId(id, "id")),

  certificates(_, { filter, ...page }, { db, readPage }) {
    const query = db.getRepository(Certificate).createQueryBuilder("t").orderBy("t.issuedOn", "DESC").addOrderBy("t.id", "ASC");
    if (filter?.productId) query.andWhere("t.productId = :productId", { productId: requireId(filter.productId, "filter.productId") });
    if (filter?.scheme) query.andWhere("t.scheme = :scheme", { scheme: filter.scheme });
    if (filter?.market) query.andWhere("t.market = :market", { market: filter.market });
    return pageOf(query, readPage(page));
  },
};
