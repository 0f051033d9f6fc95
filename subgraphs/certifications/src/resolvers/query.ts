import { requireId } from "../../../../lib/ids.js";
import { pageOf, requireYear } from "../../../../lib/list-queries.js";
import type { PageArgs } from "../../../../lib/pagination.js";
import type { CertificationScheme, CertificationScope, Market } from "../../../../lib/seed/dataset.js";
import type { Context } from "../context.js";
import { Certificate, CertificationProgram } from "../entities/index.js";

interface ProgramFilter {
  operatorId?: string | null;
  year?: number | null;
  scope?: CertificationScope | null;
  scheme?: CertificationScheme | null;
}

interface CertificateFilter {
  productId?: string | null;
  scheme?: CertificationScheme | null;
  market?: Market | null;
}

export const Query = {
  certificationProgram: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.program.load(requireId(id, "id")),

  certificationPrograms(_: unknown, { filter, ...page }: { filter?: ProgramFilter | null } & PageArgs, { db }: Context) {
    const query = db.getRepository(CertificationProgram).createQueryBuilder("t").orderBy("t.year", "DESC").addOrderBy("t.id", "ASC");
    if (filter?.operatorId) {
      query.andWhere("t.operatorInstitutionId = :operator", { operator: requireId(filter.operatorId, "filter.operatorId") });
    }
    if (filter?.year != null) query.andWhere("t.year = :year", { year: requireYear(filter.year, "filter.year") });
    if (filter?.scope) query.andWhere(":scope = ANY(t.scope)", { scope: filter.scope });
    if (filter?.scheme) query.andWhere(":scheme = ANY(t.schemes)", { scheme: filter.scheme });
    return pageOf(query, page);
  },

  supportApplication: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.application.load(requireId(id, "id")),

  certificate: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.certificate.load(requireId(id, "id")),

  certificates(_: unknown, { filter, ...page }: { filter?: CertificateFilter | null } & PageArgs, { db }: Context) {
    const query = db.getRepository(Certificate).createQueryBuilder("t").orderBy("t.issuedOn", "DESC").addOrderBy("t.id", "ASC");
    if (filter?.productId) query.andWhere("t.productId = :productId", { productId: requireId(filter.productId, "filter.productId") });
    if (filter?.scheme) query.andWhere("t.scheme = :scheme", { scheme: filter.scheme });
    if (filter?.market) query.andWhere("t.market = :market", { market: filter.market });
    return pageOf(query, page);
  },
};
