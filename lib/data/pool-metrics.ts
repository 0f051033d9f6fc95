import { Gauge, type Registry } from "prom-client";
import type { DataSource } from "typeorm";

/** What /metrics needs of node-postgres's Pool (TypeORM's PostgresDriver keeps it as `master`). */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

const poolOf = (dataSource: DataSource): PoolCounts | undefined =>
  dataSource.isInitialized ? (dataSource.driver as unknown as { master?: PoolCounts }).master : undefined;

/**
 * A subgraph's database connections on its /metrics, read when scraped:
 * - `database_pool_connections{state}`: open connections `in_use` (lent to a query or transaction) and `idle`;
 * - `database_pool_waiting_requests`: queries waiting for a connection because all are in use (the pool
 *   is too small for the load, or connections are held too long).
 */
export function registerPoolMetrics(registry: Registry, dataSource: DataSource): void {
  new Gauge({
    name: "database_pool_connections",
    help: "Open PostgreSQL connections of this process's pool, by state (in_use, idle)",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const pool = poolOf(dataSource);
      this.set({ state: "in_use" }, pool ? pool.totalCount - pool.idleCount : 0);
      this.set({ state: "idle" }, pool?.idleCount ?? 0);
    },
  });
  new Gauge({
    name: "database_pool_waiting_requests",
    help: "Queries waiting for a PostgreSQL connection because every connection of the pool is in use",
    registers: [registry],
    collect() {
      this.set(poolOf(dataSource)?.waitingCount ?? 0);
    },
  });
}
