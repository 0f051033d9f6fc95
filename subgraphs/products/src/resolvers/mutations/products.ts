import { todayInKorea } from "../../../../../lib/dates.js";
import { withConstraintMeanings } from "../../../../../lib/database-errors.js";
import { conflict, notFound } from "../../../../../lib/errors.js";
import { requireId } from "../../../../../lib/ids.js";
import { CONSTRAINT_MEANINGS } from "../../constraint-meanings.js";
import type { Context } from "../../context.js";
import { Product } from "../../entities/index.js";
import type { MutationRevokeDesignationArgs } from "../../generated/resolvers-types.js";
import { requireNotAfterToday, requireNotBefore, requireText } from "../../rules.js";

/** Revokes a designation from `revokedOn` (not before its designation, not after today), with the reason. */
export async function revokeDesignation(_: unknown, { input }: MutationRevokeDesignationArgs, { db }: Context): Promise<Product> {
  const productId = requireId(input.productId, "input.productId");
  const reason = requireText(input.reason, "input.reason", "A revocation reason", 1000);
  requireNotAfterToday(input.revokedOn, todayInKorea(), "input.revokedOn", "The revocation date");
  return withConstraintMeanings(CONSTRAINT_MEANINGS, () =>
    db.transaction(async (manager) => {
      const product = await manager
        .getRepository(Product)
        .createQueryBuilder("p")
        .setLock("pessimistic_write")
        .where("p.id = :id", { id: productId })
        .getOne();
      if (!product) throw notFound("No product has this id.", "input.productId");
      if (product.revokedOn) throw conflict(`This designation was already revoked on ${product.revokedOn}.`, "input.productId");
      requireNotBefore(
        input.revokedOn,
        product.designatedOn,
        "input.revokedOn",
        `A designation cannot be revoked (${input.revokedOn}) before it was made (${product.designatedOn}).`,
      );
      const { affected } = await manager
        .createQueryBuilder()
        .update(Product)
        .set({ revokedOn: input.revokedOn, revocationReason: reason })
        .where("id = :id AND revoked_on IS NULL", { id: productId })
        .execute();
      if (affected !== 1) throw conflict("This designation was revoked at the same moment.", "input.productId");
      return manager.findOneByOrFail(Product, { id: productId });
    }),
  );
}
