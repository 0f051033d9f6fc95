import { randomUUID } from "node:crypto";
import { requireActingFor } from "../../../../../lib/access/access.js";
import { withConstraintMeanings } from "../../../../../lib/data/database-errors.js";
import { requireAmount } from "../../../../../lib/domain/money.js";
import { requireId } from "../../../../../lib/domain/ids.js";
import { idempotent, optionalIdempotencyKey, previousResult } from "../../../../../lib/data/idempotency.js";
import { CONSTRAINT_MEANINGS } from "../../constraint-meanings.js";
import type { Context } from "../../context.js";
import { Purchase } from "../../entities/index.js";
import type { MutationRecordPurchaseArgs, RecordPurchaseInput } from "../../generated/resolvers-types.js";
import { productOnDate } from "../../owners.js";
import { requirePastDate, requirePositiveInteger, requirePurchasable } from "../../rules.js";
import { requireInstitution } from "./institutions.js";

/** The input checked and normalised: the purchase (also what an idempotency key's payload is compared on) and the key. */
function readPurchaseInput(input: RecordPurchaseInput) {
  const purchase = {
    institutionId: requireId(input.institutionId, "input.institutionId"),
    productId: requireId(input.productId, "input.productId"),
    quantity: requirePositiveInteger(input.quantity, "input.quantity", "A quantity"),
    amount: requireAmount(input.amount, "input.amount", "A contract amount"),
    method: input.method,
    contractedOn: requirePastDate(input.contractedOn, "input.contractedOn", "A contract date"),
  };
  return { purchase, idempotencyKey: optionalIdempotencyKey(input.idempotencyKey, "input.idempotencyKey") };
}

/**
 * Records a contract by which an institution bought a product. The products subgraph is asked first,
 * through GraphQL, whether the product exists and is designated on the contract date; if it cannot
 * answer, nothing is written. A retry with the same idempotency key returns the first purchase.
 */
export async function recordPurchase(_: unknown, { input }: MutationRecordPurchaseArgs, { caller, db, loaders }: Context) {
  const { purchase, idempotencyKey } = readPurchaseInput(input);
  requireActingFor(caller, purchase.institutionId, "this purchase would be another institution's", "input.institutionId");
  const claim = { operation: "recordPurchase", caller, key: idempotencyKey };
  // A retry of a purchase already recorded is answered from the database alone, before the products
  // subgraph is asked anything: it succeeds even while that subgraph is unreachable.
  const previous = await previousResult(db.manager, claim, purchase, "input.idempotencyKey");
  if (previous) return db.getRepository(Purchase).findOneByOrFail({ id: previous });
  await requireInstitution(loaders, purchase.institutionId);
  const product = requirePurchasable(await productOnDate(purchase.productId, purchase.contractedOn), purchase);

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
