import { expect } from "chai";
import { gateway } from "./support/client.js";

describe("gateway: bad input answers the caller's error, never an internal one", () => {
  it("refuses an impossible Date variable with BAD_USER_INPUT", async () => {
    const response = await gateway(`query ($on: Date!) { products(first: 1) { nodes { isDesignatedOn(date: $on) } } }`, {
      on: "2025-02-30",
    });
    expect(response.errors?.[0].extensions?.code).to.equal("BAD_USER_INPUT");
    expect(response.errors?.[0].message).to.match(/"2025-02-30" is not a valid Date: give a calendar date that exists, as YYYY-MM-DD/);
    expect(response.errors?.[0].message).to.not.match(/LocalDate/);
  });

  it("refuses an impossible Date written in the query with a code and the same sentence", async () => {
    const response = await gateway(`{ products(first: 1) { nodes { isDesignatedOn(date: "2025-02-30") } } }`);
    expect(response.errors?.[0].extensions?.code).to.be.oneOf(["BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED"]);
    expect(response.errors?.[0].message).to.match(/"2025-02-30" is not a valid Date: give a calendar date that exists/);
  });

  it("refuses a Money variable that is not a whole number with BAD_USER_INPUT", async () => {
    const response = await gateway(
      `mutation ($input: SetPurchaseTargetInput!) { setPurchaseTarget(input: $input) { year targetAmount } }`,
      { input: { institutionId: "00000000-0000-4000-8000-000000000000", year: 2026, targetAmount: 12.5 } },
    );
    expect(response.errors?.[0].extensions?.code).to.equal("BAD_USER_INPUT");
    expect(response.data ?? null).to.equal(null);
  });

  it("refuses an invalid DateTime variable with BAD_USER_INPUT", async () => {
    const response = await gateway(`query ($from: DateTime) { events(filter: { from: $from }) { totalCount } }`, { from: "next tuesday" });
    expect(response.errors?.[0].extensions?.code).to.equal("BAD_USER_INPUT");
  });

  it("answers a syntax error and an unknown field with their own codes", async () => {
    const syntax = await gateway(`{ products(first: 1) { nodes { id }`);
    expect(syntax.errors?.[0].extensions?.code).to.equal("GRAPHQL_PARSE_FAILED");
    const unknown = await gateway(`{ products(first: 1) { nodes { secretField } } }`);
    expect(unknown.errors?.[0].extensions?.code).to.equal("GRAPHQL_VALIDATION_FAILED");
  });
});
