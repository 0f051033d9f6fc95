import { ApolloServer } from "@apollo/server";
import { expect } from "chai";
import type { Request, Response } from "express";
import { currentRowBudget, rowBudgetPerRequest, rowBudgetPlugin, RowCountingSubscriber } from "../lib/data/row-budget.js";
import type { AfterQueryEvent, BeforeQueryEvent } from "typeorm/subscriber/event/QueryEvent.js";

/**
 * The row budget's rules on their own, without a database: resolvers record the rows they "read" as the
 * DataSource's subscriber would. (test/gateway-demand-control.test.ts runs it for real, through a gateway.)
 */
const READ_ROWS = 30;
const readRows = () => {
  currentRowBudget()!.record(READ_ROWS);
  return READ_ROWS;
};
const server = new ApolloServer({
  typeDefs: `type Query { rows: Int } type Mutation { write: Int }`,
  resolvers: { Query: { rows: readRows }, Mutation: { write: readRows } },
  plugins: [rowBudgetPlugin],
});

/** Runs one operation as a subgraph's /graphql would: inside the request's budget of `maxRows`. */
function execute(query: string, maxRows: number) {
  return new Promise<Awaited<ReturnType<typeof server.executeOperation>>>((resolve, reject) =>
    rowBudgetPerRequest("institutions", maxRows)({} as Request, {} as Response, () =>
      server.executeOperation({ query }).then(resolve, reject),
    ),
  );
}

describe("row budget (lib/data/row-budget.ts)", () => {
  before(() => server.start());
  after(() => server.stop());

  it("answers a query within its budget", async () => {
    const response = await execute(`{ a: rows b: rows }`, 2 * READ_ROWS);
    expect(response.http.status ?? 200).to.equal(200);
    expect(response.body.kind === "single" && response.body.singleResult.data).to.deep.equal({ a: READ_ROWS, b: READ_ROWS });
  });

  it("answers a query over its budget with the refusal alone, HTTP 400, no data", async () => {
    const response = await execute(`{ a: rows b: rows }`, 2 * READ_ROWS - 1);
    expect(response.http.status).to.equal(400);
    const result = response.body.kind === "single" ? response.body.singleResult : undefined;
    expect(result?.data).to.equal(undefined);
    expect(result?.errors?.map((error) => error.extensions?.code)).to.deep.equal(["ROW_BUDGET_EXCEEDED"]);
    expect(result?.errors?.[0].message).to.match(/more than 59 rows in the institutions service/);
  });

  it("exempts a mutation: its write cannot be taken back by refusing its answer", async () => {
    const response = await execute(`mutation { a: write b: write }`, 1);
    expect(response.http.status ?? 200).to.equal(200);
    expect(response.body.kind === "single" && response.body.singleResult.data).to.deep.equal({ a: READ_ROWS, b: READ_ROWS });
  });

  it("counts every statement's rows and, once spent, lets only a ROLLBACK run", async () => {
    const subscriber = new RowCountingSubscriber();
    await new Promise<void>((resolve) =>
      rowBudgetPerRequest("products", 5)({} as Request, {} as Response, () => {
        subscriber.afterQuery({ rawResults: { rows: [1, 2, 3] } } as AfterQueryEvent);
        expect(() => subscriber.beforeQuery({ query: "SELECT 1" } as BeforeQueryEvent)).not.to.throw();
        subscriber.afterQuery({ rawResults: { rows: [4, 5, 6] } } as AfterQueryEvent);
        expect(currentRowBudget()!.exceeded).to.equal(true);
        expect(() => subscriber.beforeQuery({ query: "SELECT 1" } as BeforeQueryEvent)).to.throw(
          /more than 5 rows in the products service/,
        );
        expect(() => subscriber.beforeQuery({ query: "COMMIT" } as BeforeQueryEvent)).to.throw(/more than 5 rows/);
        expect(() => subscriber.beforeQuery({ query: "ROLLBACK" } as BeforeQueryEvent)).not.to.throw();
        resolve();
      }),
    );
    // Outside a request (migrations, seeding) nothing is counted or refused.
    expect(() => subscriber.beforeQuery({ query: "SELECT 1" } as BeforeQueryEvent)).not.to.throw();
  });
});
