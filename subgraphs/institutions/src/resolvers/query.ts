import { requireId } from "../../../../lib/ids.js";
import { containsPattern, pageOf, requireYear } from "../../../../lib/list-queries.js";
import type { PageArgs } from "../../../../lib/pagination.js";
import type { InstitutionType, PurchaseMethod } from "../../../../lib/seed/dataset.js";
import type { Context } from "../context.js";
import { Institution, LeadBuyerDeclaration, Purchase } from "../entities/index.js";
import { calendarYear } from "../loaders.js";

interface InstitutionFilter {
  type?: InstitutionType | null;
  region?: string | null;
  parentMinistry?: string | null;
  isLeadBuyer?: boolean | null;
  search?: string | null;
}

interface PurchaseFilter {
  institutionId?: string | null;
  productId?: string | null;
  method?: PurchaseMethod | null;
  year?: number | null;
}

export const Query = {
  institution: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.institution.load(requireId(id, "id")),

  institutionByAbbreviation: (_: unknown, { abbreviation }: { abbreviation: string }, { db }: Context) =>
    db
      .getRepository(Institution)
      .createQueryBuilder("t")
      .where("lower(t.abbreviation) = lower(:abbreviation)", { abbreviation: abbreviation.trim() })
      .getOne(),

  institutions(_: unknown, { filter, ...page }: { filter?: InstitutionFilter | null } & PageArgs, { db }: Context) {
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
    return pageOf(query, page);
  },

  /** A page of declarations, earliest first, then their institutions in one batch. */
  async leadBuyers(_: unknown, page: PageArgs, { db, loaders }: Context) {
    const query = db
      .getRepository(LeadBuyerDeclaration)
      .createQueryBuilder("t")
      .orderBy("t.declaredOn", "ASC")
      .addOrderBy("t.institutionId", "ASC");
    const declarations = await pageOf(query, page);
    // The dashboard asks each leader's declaration next: it is already at hand.
    for (const declaration of declarations.nodes) loaders.leadBuyer.prime(declaration.institutionId, declaration);
    const nodes = await Promise.all(declarations.nodes.map((declaration) => loaders.institution.load(declaration.institutionId)));
    return { ...declarations, nodes };
  },

  purchase: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.purchase.load(requireId(id, "id")),

  purchases(_: unknown, { filter, ...page }: { filter?: PurchaseFilter | null } & PageArgs, { db }: Context) {
    const query = db.getRepository(Purchase).createQueryBuilder("t").orderBy("t.contractedOn", "DESC").addOrderBy("t.id", "ASC");
    if (filter?.institutionId) {
      query.andWhere("t.institutionId = :institutionId", { institutionId: requireId(filter.institutionId, "filter.institutionId") });
    }
    if (filter?.productId) query.andWhere("t.productId = :productId", { productId: requireId(filter.productId, "filter.productId") });
    if (filter?.method) query.andWhere("t.method = :method", { method: filter.method });
    if (filter?.year != null) {
      query.andWhere("t.contractedOn BETWEEN :from AND :through", calendarYear(requireYear(filter.year, "filter.year")));
    }
    return pageOf(query, page);
  },
};
