import { requireId } from "../../../../lib/domain/ids.js";
import { requireYear } from "../../../../lib/domain/years.js";
import { containsPattern, pageOf } from "../../../../lib/data/list-queries.js";
import { todayInKorea } from "../../../../lib/domain/dates.js";
import { Company, DesignationRound, Product } from "../entities/index.js";
import type { QueryResolvers } from "../generated/resolvers-types.js";

export const Query: QueryResolvers = {
  product: (_, { id }, { loaders }) => loaders.product.load(requireId(id, "id")),

  productByDesignationNumber: (_, { designationNumber }, { db }) =>
    db.getRepository(Product).findOneBy({ designationNumber: designationNumber.trim().toUpperCase() }),

  products(_, { filter, ...page }, { db, readPage }) {
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
    return pageOf(query, readPage(page));
  },

  company: (_, { id }, { loaders }) => loaders.company.load(requireId(id, "id")),

  companies(_, { filter, ...page }, { db, readPage }) {
    const query = db.getRepository(Company).createQueryBuilder("t").orderBy("t.name", "ASC").addOrderBy("t.id", "ASC");
    if (filter?.size) query.andWhere("t.size = :size", { size: filter.size });
    if (filter?.region) query.andWhere("t.region = :region", { region: filter.region });
    if (filter?.search) {
      query.andWhere("(t.name ILIKE :search OR t.nameEn ILIKE :search)", { search: containsPattern(filter.search) });
    }
    return pageOf(query, readPage(page));
  },

  designationRound: (_, { id }, { loaders }) => loaders.round.load(requireId(id, "id")),

  designationRounds(_, args, { db, readPage }) {
    const query = db.getRepository(DesignationRound).createQueryBuilder("t").orderBy("t.opensOn", "DESC").addOrderBy("t.id", "ASC");
    if (args.agency) query.andWhere("t.agency = :agency", { agency: args.agency });
    if (args.year != null) query.andWhere("t.year = :year", { year: requireYear(args.year, "year") });
    return pageOf(query, readPage(args));
  },

  designationApplication: (_, { id }, { loaders }) => loaders.application.load(requireId(id, "id")),

  procurementSummary(_, { agency, throughYear }) {
    return { agency, throughYear: requireYear(throughYear, "throughYear") };
  },
};
