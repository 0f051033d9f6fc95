import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { Caller } from "../access/access.js";
import { badUserInput, conflict } from "../runtime/errors.js";

/**
 * Idempotency keys for writes a partner may retry (recording a purchase, requesting a meeting,
 * applying for support). The key is claimed in the same transaction as the write, in the subgraph's
 * own `idempotency_key` table (see IDEMPOTENCY_TABLE_SQL, created by each subgraph's migration):
 *   - first use: the claim succeeds, the write runs, the result's id is stored with the claim;
 *   - a retry, even a simultaneous one: the primary key makes it wait for the first transaction, then
 *     it finds the claim and returns the first result without writing anything;
 *   - the same key with a different payload: refused with CONFLICT.
 * If the first transaction fails, its claim is rolled back with it, so the key can be used again.
 *
 * A key belongs to a scope (idempotencyScope): the caller's institution, or, for a caller acting for
 * none, its subject. Two institutions that pick the same key each get their own write, and neither
 * can learn that the other used it; two officers of one institution share its keys, as one client would.
 */
export const IDEMPOTENCY_TABLE_SQL = `
  CREATE TABLE idempotency_key (
    operation text NOT NULL,
    key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    request_hash text NOT NULL,
    result_id uuid,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (operation, key)
  )`;

/**
 * Scopes the keys of IDEMPOTENCY_TABLE_SQL's table (a migration of each subgraph runs it; never changed
 * once released). Keys claimed before have the scope '', which no caller has: they are never matched again.
 */
export const IDEMPOTENCY_SCOPE_SQL = [
  `ALTER TABLE idempotency_key ADD COLUMN scope text NOT NULL DEFAULT ''`,
  `ALTER TABLE idempotency_key ALTER COLUMN scope DROP DEFAULT`,
  `ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey`,
  `ALTER TABLE idempotency_key ADD CONSTRAINT idempotency_key_pkey PRIMARY KEY (scope, operation, key)`,
];
export const IDEMPOTENCY_UNSCOPE_SQL = [
  `ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey`,
  `DELETE FROM idempotency_key WHERE scope <> ''`,
  `ALTER TABLE idempotency_key ADD CONSTRAINT idempotency_key_pkey PRIMARY KEY (operation, key)`,
  `ALTER TABLE idempotency_key DROP COLUMN scope`,
];

/** Whose keys a caller uses: its institution's, else its own (the token's subject), else its role's. */
export function idempotencyScope(caller: Caller): string {
  if (caller.institutionId) return `institution:${caller.institutionId}`;
  if (caller.subject) return `subject:${caller.subject}`;
  return `role:${caller.role}`;
}

/** One claim: the write (an operation's name) and the key, in the caller's scope. */
export interface IdempotencyClaim {
  operation: string;
  caller: Caller;
  key: string | null | undefined;
}

const isKey = (key: string): boolean => key.length >= 1 && key.length <= 200;

/**
 * An optional key, checked with the rest of a write's input, before anything is asked or written
 * (IDEMPOTENCY_TABLE_SQL's CHECK holds the same bounds).
 */
export function optionalIdempotencyKey(key: string | null | undefined, field = "idempotencyKey"): string | null {
  if (key == null) return null;
  if (!isKey(key)) throw badUserInput("An idempotency key has 1 to 200 characters.", field);
  return key;
}

function fingerprint(payload: unknown): string {
  const canonical = JSON.stringify(payload, (_key, value) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
  return createHash("sha256").update(canonical).digest("hex");
}

async function claimOf(
  manager: Pick<EntityManager, "query">,
  scope: string,
  operation: string,
  key: string,
  hash: string,
  field: string,
): Promise<string | undefined> {
  const [previous]: Array<{ request_hash: string; result_id: string | null }> = await manager.query(
    `SELECT request_hash, result_id FROM idempotency_key WHERE scope = $1 AND operation = $2 AND key = $3`,
    [scope, operation, key],
  );
  if (!previous) return undefined;
  if (previous.request_hash !== hash || !previous.result_id) {
    throw conflict("This idempotency key was already used for a different request; use a new key for a new request.", field);
  }
  return previous.result_id;
}

/**
 * The id a committed earlier request with this key produced, or undefined if the key is unused (or
 * its first request is still in flight: `idempotent()` then waits for it). Lets a write answer a retry
 * before it asks other services anything, so a retry succeeds even while they are unreachable.
 */
export async function previousResult(
  manager: Pick<EntityManager, "query">,
  { operation, caller, key }: IdempotencyClaim,
  payload: unknown,
  field = "idempotencyKey",
): Promise<string | undefined> {
  if (key == null || !isKey(key)) return undefined;
  return claimOf(manager, idempotencyScope(caller), operation, key, fingerprint(payload), field);
}

/**
 * Runs `write` at most once per (scope, operation, key) inside the caller's transaction; `write` returns
 * the id of what it created. Without a key, `write` simply runs.
 */
export async function idempotent(
  manager: EntityManager,
  { operation, caller, key: given }: IdempotencyClaim,
  payload: unknown,
  write: () => Promise<string>,
  /** The input field errors name, e.g. "input.idempotencyKey". */
  field = "idempotencyKey",
): Promise<{ id: string; replayed: boolean }> {
  const key = optionalIdempotencyKey(given, field);
  if (key == null) return { id: await write(), replayed: false };
  const hash = fingerprint(payload);
  const scope = idempotencyScope(caller);
  const claimed: unknown[] = await manager.query(
    `INSERT INTO idempotency_key (scope, operation, key, request_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (scope, operation, key) DO NOTHING RETURNING key`,
    [scope, operation, key, hash],
  );
  if (claimed.length === 0) return { id: (await claimOf(manager, scope, operation, key, hash, field))!, replayed: true };
  const id = await write();
  await manager.query(`UPDATE idempotency_key SET result_id = $4 WHERE scope = $1 AND operation = $2 AND key = $3`, [
    scope,
    operation,
    key,
    id,
  ]);
  return { id, replayed: false };
}
