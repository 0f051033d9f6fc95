import { loadReferenced } from "../../../../lib/data/batch-loaders.js";
import { requireId } from "../../../../lib/domain/ids.js";
import { requireYear } from "../../../../lib/domain/years.js";
import { containsPattern, pageOf } from "../../../../lib/data/list-queries.js";
import { Institution, LeadBuyerDeclaration, Purchase } from "../entities/index.js";
import type { QueryResolvers } from "../generated/resolvers-types.js";
import { calendarYear } from "../loaders.js";

export const Query: QueryResolvers = {
  institution: (_, { id }, { loaders }) => loaders.institution.load(requireId(id, "id")),

  institutionByAbbreviation: (_, { abbreviation }, { db }) =>
    db
      .getRepository(Institution)
      .createQueryBuilder("t")
      .where("lower(t.abbreviation) = lower(:abbreviation)", { abbreviation: abbreviation.trim() })
      .getOne(),

  institutions(_, { filter, ...page }, { db, readPage }) {
    const query = db.getRepository(Institution).createQueryBuilder("t").orderBy("t.name", "ASC").addOrderBy("t.id", "ASC");
    if (filter?.type) query.andWhere("t.type = :type", { type: filter.type });
    if (filter?.region) query.andWhere("t.region = :region", { region: filter.region });
    if (filter?.parentMinistry) query.andWhere("t.parentMinistry = :parentMinistry", { parentMinistry: filter.parentMinistry });
    if (filter?.isLeadBuyer != null) {
      const declared = "EXISTS (SELECT 1 FROM lead_buyer_declaration d WHERE d.institution_id = t.id)";
      query.andWhere(filter.isLeadBuyer ? declared : `NOT ${declared}`);
    }
    if (filter?.search) {
      query.andWhere("(t.name ILIKE :search OR t.nameEn ILIKE :search OR t.abbreviation ILIKE :search)", {
        search: containsPattern(filter.search),
      });
    }
    return pageOf(query, readPage(page));
  },

  /** A page of declarations, earliest first, then their institutions in one batch. */
  async leadBuyers(_, page, { db, loaders, readPage }) {
    const query = db
      .getRepository(LeadBuyerDeclaration)
      .createQueryBuilder("t")
      .orderBy("t.declaredOn", "ASC")
      .addOrderBy("t.institutionId", "ASC");
    const declarations = await pageOf(query, readPage(page));
    // The dashboard asks each leader's declaration next: it is already at hand.
    for (const declaration of declarations.nodes) loaders.leadBuyer.prime(declaration.institutionId, declaration);
    const nodes = await Promise.all(
      declarations.nodes.map((declaration) => loadReferenced(loaders.institution, declaration.institutionId)),
    );
    return { ...declarations, nodes };
  },

  purchase: (_, { id }, { loaders }) => loaders.purchase.load(requireId(id, "id")),

  purchases(_, { filter, ...page }, { db, readPage }) {
    const query = db.getRepository(Purchase).createQueryBuilder("t").orderBy("t.contractedOn", "DESC").addOrderBy("t.id", "ASC");
    if (filter?.institutionId) {
      query.andWhere("t.institutionId = :institutionId", { institutionId: requireId(filter.institutionId, "filter.institutionId") });
    }
    if (filter?.productId) query.andWhere("t.productId = :productId", { productId: requireId(filter.productId, "filter.productId") });
    if (filter?.method) query.andWhere("t.method = :method", { method: filter.method });
    if (filter?.year != null) {
      query.andWhere("t.contractedOn BETWEEN :from AND :through", calendarYear(requireYear(filter.year, "filter.year")));
    }
    return pageOf(query, readPage(page));
  },
};
