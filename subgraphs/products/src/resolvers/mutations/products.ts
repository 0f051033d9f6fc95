import { todayInKorea } from "../../../../../lib/domain/dates.js";
import { withConstraintMeanings } from "../../../../../lib/data/database-errors.js";
import { conflict, notFound } from "../../../../../lib/runtime/errors.js";
import { requireId } from "../../../../../lib/domain/ids.js";
import { requireText } from "../../../../../lib/domain/text.js";
import { lockRowById } from "../../../../../lib/data/row-lock.js";
import { CONSTRAINT_MEANINGS } from "../../constraint-meanings.js";
import type { Context } from "../../context.js";
import { Product } from "../../entities/index.js";
import type { MutationRevokeDesignationArgs, RevokeDesignationInput } from "../../generated/resolvers-types.js";
import { requireNotAfterToday, requireNotBefore } from "../../rules.js";

function readRevocationInput(input: RevokeDesignationInput) {
  const productId = requireId(input.productId, "input.productId");
  const reason = requireText(input.reason, "input.reason", 1000, "A revocation reason must have");
  requireNotAfterToday(input.revokedOn, todayInKorea(), "input.revokedOn", "The revocation date");
  return { productId, reason, revokedOn: input.revokedOn };
}

/** Revokes a designation from `revokedOn` (not before its designation, not after today), with the reason. */
export async function revokeDesignation(_: unknown, { input }: MutationRevokeDesignationArgs, { db }: Context): Promise<Product> {
  const { productId, reason, revokedOn } = readRevocationInput(input);
  return withConstraintMeanings(CONSTRAINT_MEANINGS, () =>
    db.transaction(async (manager) => {
      const product = await lockRowById(manager, Product, productId);
      if (!product) throw notFound("No product has this id.", "input.productId");
      if (product.revokedOn) throw conflict(`This designation was already revoked on ${product.revokedOn}.`, "input.productId");
      requireNotBefore(
        revokedOn,
        product.designatedOn,
        "input.revokedOn",
        `A designation cannot be revoked (${revokedOn}) before it was made (${product.designatedOn}).`,
      );
      const { affected } = await manager
        .createQueryBuilder()
        .update(Product)
        .set({ revokedOn, revocationReason: reason })
        .where("id = :id AND revoked_on IS NULL", { id: productId })
        .execute();
      if (affected !== 1) throw conflict("This designation was revoked at the same moment.", "input.productId");
      return manager.findOneByOrFail(Product, { id: productId });
    }),
  );
}
