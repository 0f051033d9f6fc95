import { requireId } from "../../../../lib/ids.js";
import { containsPattern, pageOf, requireYear } from "../../../../lib/list-queries.js";
import type { PageArgs } from "../../../../lib/pagination.js";
import { todayInKorea } from "../../../../lib/dates.js";
import type { Agency, CompanySize, ProductField } from "../../../../lib/seed/dataset.js";
import type { Context } from "../context.js";
import { Company, DesignationRound, Product } from "../entities/index.js";
import type { DesignationStatus } from "./product.js";

interface ProductFilter {
  designatingAgency?: Agency | null;
  field?: ProductField | null;
  status?: DesignationStatus | null;
  companyId?: string | null;
  designatedYear?: number | null;
  search?: string | null;
}

interface CompanyFilter {
  size?: CompanySize | null;
  region?: string | null;
  search?: string | null;
}

export const Query = {
  product: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.product.load(requireId(id, "id")),

  productByDesignationNumber: (_: unknown, { designationNumber }: { designationNumber: string }, { db }: Context) =>
    db.getRepository(Product).findOneBy({ designationNumber: designationNumber.trim().toUpperCase() }),

  products(_: unknown, { filter, ...page }: { filter?: ProductFilter | null } & PageArgs, { db }: Context) {
    const query = db.getRepository(Product).createQueryBuilder("t").orderBy("t.designatedOn", "DESC").addOrderBy("t.id", "ASC");
    if (filter?.designatingAgency) query.andWhere("t.designatingAgency = :agency", { agency: filter.designatingAgency });
    if (filter?.field) query.andWhere("t.field = :field", { field: filter.field });
    if (filter?.companyId) query.andWhere("t.companyId = :companyId", { companyId: requireId(filter.companyId, "filter.companyId") });
    if (filter?.designatedYear != null) {
      const year = requireYear(filter.designatedYear, "filter.designatedYear");
      query.andWhere("t.designatedOn BETWEEN :from AND :to", { from: `${year}-01-01`, to: `${year}-12-31` });
    }
    if (filter?.search) {
      query.andWhere("(t.name ILIKE :search OR t.nameEn ILIKE :search)", { search: containsPattern(filter.search) });
    }
    if (filter?.status) {
      const today = todayInKorea();
      if (filter.status === "REVOKED") query.andWhere("t.revokedOn IS NOT NULL");
      else if (filter.status === "EXPIRED") query.andWhere("t.revokedOn IS NULL AND t.validUntil < :today", { today });
      else query.andWhere("t.revokedOn IS NULL AND t.validUntil >= :today", { today });
    }
    return pageOf(query, page);
  },

  company: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.company.load(requireId(id, "id")),

  companies(_: unknown, { filter, ...page }: { filter?: CompanyFilter | null } & PageArgs, { db }: Context) {
    const query = db.getRepository(Company).createQueryBuilder("t").orderBy("t.name", "ASC").addOrderBy("t.id", "ASC");
    if (filter?.size) query.andWhere("t.size = :size", { size: filter.size });
    if (filter?.region) query.andWhere("t.region = :region", { region: filter.region });
    if (filter?.search) {
      query.andWhere("(t.name ILIKE :search OR t.nameEn ILIKE :search)", { search: containsPattern(filter.search) });
    }
    return pageOf(query, page);
  },

  designationRound: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.round.load(requireId(id, "id")),

  designationRounds(_: unknown, args: { agency?: Agency | null; year?: number | null } & PageArgs, { db }: Context) {
    const query = db.getRepository(DesignationRound).createQueryBuilder("t").orderBy("t.opensOn", "DESC").addOrderBy("t.id", "ASC");
    if (args.agency) query.andWhere("t.agency = :agency", { agency: args.agency });
    if (args.year != null) query.andWhere("t.year = :year", { year: requireYear(args.year, "year") });
    return pageOf(query, args);
  },

  designationApplication: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.application.load(requireId(id, "id")),

  procurementSummary(_: unknown, { agency, throughYear }: { agency: Agency; throughYear: number }) {
    return { agency, throughYear: requireYear(throughYear, "throughYear") };
  },
};
