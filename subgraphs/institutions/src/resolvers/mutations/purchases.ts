import { randomUUID } from "node:crypto";
import { requireActingFor } from "../../../../../lib/access.js";
import { withConstraintMeanings } from "../../../../../lib/database-errors.js";
import { notFound } from "../../../../../lib/errors.js";
import { requireId } from "../../../../../lib/ids.js";
import { idempotent, previousResult } from "../../../../../lib/idempotency.js";
import { requireAmount } from "../../../../../lib/money.js";
import { CONSTRAINT_MEANINGS } from "../../constraint-meanings.js";
import type { Context } from "../../context.js";
import { Purchase } from "../../entities/index.js";
import type { MutationRecordPurchaseArgs, RecordPurchaseInput } from "../../generated/resolvers-types.js";
import { productOnDate } from "../../owners.js";
import { optionalIdempotencyKey, requireNegotiable, requirePastDate, requirePositiveInteger, requireProduct } from "../../rules.js";

/** The input checked and normalised; also what an idempotency key's payload is compared on. */
function readPurchaseInput(input: RecordPurchaseInput) {
  return {
    institutionId: requireId(input.institutionId, "input.institutionId"),
    productId: requireId(input.productId, "input.productId"),
    quantity: requirePositiveInteger(input.quantity, "input.quantity", "A quantity"),
    amount: requireAmount(input.amount, "input.amount", "A contract amount"),
    method: input.method,
    contractedOn: requirePastDate(input.contractedOn, "input.contractedOn", "A contract date"),
  };
}

/**
 * Records a contract by which an institution bought a product. The products subgraph is asked first,
 * through GraphQL, whether the product exists and is designated on the contract date; if it cannot
 * answer, nothing is written. A retry with the same idempotency key returns the first purchase.
 */
export async function recordPurchase(_: unknown, { input }: MutationRecordPurchaseArgs, { caller, db, loaders }: Context) {
  const purchase = readPurchaseInput(input);
  requireActingFor(caller, purchase.institutionId, "this purchase would be another institution's", "input.institutionId");
  const idempotencyKey = optionalIdempotencyKey(input.idempotencyKey, "input.idempotencyKey");
  const claim = { operation: "recordPurchase", caller, key: idempotencyKey };
  // A retry of a purchase already recorded is answered from the database alone, before the products
  // subgraph is asked anything: it succeeds even while that subgraph is unreachable.
  const previous = await previousResult(db.manager, claim, purchase, "input.idempotencyKey");
  if (previous) return db.getRepository(Purchase).findOneByOrFail({ id: previous });
  if (!(await loaders.institution.load(purchase.institutionId))) {
    throw notFound(`No institution has the id ${purchase.institutionId}.`, "input.institutionId");
  }
  const product = requireProduct(await productOnDate(purchase.productId, purchase.contractedOn), purchase.productId);
  requireNegotiable(product, purchase.method, purchase.contractedOn);

  return withConstraintMeanings(CONSTRAINT_MEANINGS, () =>
    db.transaction(async (manager) => {
      const { id } = await idempotent(
        manager,
        claim,
        purchase,
        async () => {
          const row: Purchase = { id: randomUUID(), ...purchase, productAgency: product.designatingAgency };
          await manager.getRepository(Purchase).insert(row);
          return row.id;
        },
        "input.idempotencyKey",
      );
      return manager.getRepository(Purchase).findOneByOrFail({ id });
    }),
  );
}
