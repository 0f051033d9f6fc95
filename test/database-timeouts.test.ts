import { expect } from "chai";
import { pino } from "pino";
import { createSubgraph } from "../lib/subgraph/subgraph-main.js";
import { readSubgraphConfig } from "../lib/subgraph/subgraph-config.js";
import { serviceDatabaseUrl } from "../scripts/lib/database-roles.js";
import { products } from "../subgraphs/products/src/subgraph.js";
import { testGraph } from "./support/graph.js";

/**
 * A subgraph's database sessions carry limits (lib/data/database.ts): a statement nobody waits for any
 * more is cancelled by PostgreSQL, and an abandoned transaction lets go of its locks.
 */
describe("database session limits (DATABASE_*_TIMEOUT_MS)", () => {
  const subgraphWith = (env: Record<string, string>) => {
    const config = readSubgraphConfig(env, products, { databaseUrl: serviceDatabaseUrl(testGraph().databaseUrl, "products") });
    return createSubgraph(products, config, pino({ level: "silent" })).db;
  };

  it("sets statement and idle-in-transaction timeouts on every connection, 30 s and 60 s by default", async () => {
    const db = subgraphWith({});
    await db.initialize();
    try {
      const [{ statement_timeout }] = await db.query("SHOW statement_timeout");
      const [{ idle_in_transaction_session_timeout }] = await db.query("SHOW idle_in_transaction_session_timeout");
      expect({ statement_timeout, idle_in_transaction_session_timeout }).to.deep.equal({
        statement_timeout: "30s",
        idle_in_transaction_session_timeout: "1min",
      });
    } finally {
      await db.destroy();
    }
  });

  it("cancels a statement that runs past DATABASE_STATEMENT_TIMEOUT_MS", async () => {
    const db = subgraphWith({ DATABASE_STATEMENT_TIMEOUT_MS: "200" });
    await db.initialize();
    try {
      const failure = await db.query("SELECT pg_sleep(5)").then(
        () => null,
        (error: Error & { driverError?: { code?: string } }) => error,
      );
      expect(failure?.driverError?.code, "57014 query_canceled").to.equal("57014");
    } finally {
      await db.destroy();
    }
  });
});
