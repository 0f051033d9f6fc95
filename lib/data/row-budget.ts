import { AsyncLocalStorage } from "node:async_hooks";
import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler } from "express";
import { GraphQLError } from "graphql";
import { EventSubscriber, type EntitySubscriberInterface } from "typeorm";
import type { AfterQueryEvent, BeforeQueryEvent } from "typeorm/subscriber/event/QueryEvent.js";

/**
 * The second line of demand control (the gateway's cost estimate is the first): each request a subgraph
 * answers may read at most so many rows from PostgreSQL (SUBGRAPH_MAX_ROWS_PER_REQUEST). Every row a
 * statement returns during the request counts, whichever loader or resolver sent it (the DataSource's
 * subscriber below sees them all). A request that goes over is refused whole: no further statement runs
 * but a ROLLBACK (a write under way is undone, never committed), and the answer holds no data, only
 * ROW_BUDGET_EXCEEDED with HTTP 400 (rowBudgetPlugin), so no client mistakes a cut-off list for a
 * complete one. Mutations are exempt: a write already committed cannot be taken back by refusing the
 * answer, and a mutation's reads are bounded by its own rules (the gateway's cost limit bounds what it
 * asks for besides).
 */
export const ROW_BUDGET_EXCEEDED = "ROW_BUDGET_EXCEEDED";

export class RowBudget {
  private read = 0;
  private limit: number;
  exceeded = false;

  constructor(
    readonly service: string,
    readonly maxRows: number,
  ) {
    this.limit = maxRows;
  }

  /** Rows this request may still read (Infinity for a mutation). */
  get remaining(): number {
    return Math.max(0, this.limit - this.read);
  }

  record(rows: number): void {
    this.read += rows;
    if (this.read > this.limit) this.exceeded = true;
  }

  exemptMutation(): void {
    this.limit = Infinity;
  }

  refusal(): GraphQLError {
    return new GraphQLError(
      `This request would read more than ${this.maxRows.toLocaleString("en")} rows in the ${this.service} service, its limit for one ` +
        "request: ask for smaller pages (`first`) or fewer nested lists, or split it into several requests.",
      { extensions: { code: ROW_BUDGET_EXCEEDED } },
    );
  }
}

const budgets = new AsyncLocalStorage<RowBudget>();

/** This request's budget; undefined outside a request (migrations, seeding, start-up checks). */
export const currentRowBudget = (): RowBudget | undefined => budgets.getStore();

/** Express middleware: everything the request runs after it, loaders' batches included, shares one budget. */
export function rowBudgetPerRequest(service: string, maxRows: number): RequestHandler {
  return (_req, _res, next) => budgets.run(new RowBudget(service, maxRows), next);
}

/** Counts the rows every statement returns against the request's budget, and runs no statement once it is spent. */
@EventSubscriber()
export class RowCountingSubscriber implements EntitySubscriberInterface {
  beforeQuery(event: BeforeQueryEvent): void {
    const budget = currentRowBudget();
    // A transaction under way must still be able to roll back (a refused COMMIT leads there): nothing is written.
    if (budget?.exceeded && !/^\s*ROLLBACK\b/i.test(event.query)) throw budget.refusal();
  }

  afterQuery(event: AfterQueryEvent): void {
    const rows = (event.rawResults as { rows?: unknown } | undefined)?.rows;
    if (Array.isArray(rows)) currentRowBudget()?.record(rows.length);
  }
}

/** Exempts mutations; answers a request that went over its budget with the refusal alone, HTTP 400. */
export const rowBudgetPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === "mutation") currentRowBudget()?.exemptMutation();
      },
      async willSendResponse({ response }) {
        const budget = currentRowBudget();
        if (!budget?.exceeded || response.body.kind !== "single") return;
        const refusal = budget.refusal();
        response.body.singleResult = { errors: [{ message: refusal.message, extensions: refusal.extensions }] };
        response.http.status = 400;
      },
    };
  },
};
