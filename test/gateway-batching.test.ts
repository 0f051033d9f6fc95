import { expect } from "chai";
import type { SubgraphName } from "../lib/composition.js";
import { gatewayData, sqlStatements } from "./support/client.js";

const SUBGRAPHS: SubgraphName[] = ["products", "institutions", "certifications", "exhibitions"];

async function statementsFor(query: string): Promise<Record<SubgraphName, number>> {
  const before = await Promise.all(SUBGRAPHS.map(sqlStatements));
  await gatewayData(query);
  const after = await Promise.all(SUBGRAPHS.map(sqlStatements));
  return Object.fromEntries(SUBGRAPHS.map((name, index) => [name, after[index] - before[index]])) as Record<SubgraphName, number>;
}

describe("gateway: no N+1", () => {
  it("runs the same number of SQL statements in every subgraph for a list of 20 and of 100 products", async () => {
    const listOf = (size: number) => `{ products(first: ${size}) { nodes {
      name company { name }
      totalProcurement buyerCount purchases(first: 3) { nodes { amount institution { name leadBuyer { declaredOn } } } }
      certificates { scheme } supportApplications { status program { name operator { name } } }
      exhibitions { booth event { title } } consultationMeetings(first: 2) { nodes { status institution { name } } }
    } } }`;
    const small = await statementsFor(listOf(20));
    const large = await statementsFor(listOf(100));
    expect(large).to.deep.equal(small);
    for (const name of SUBGRAPHS) expect(small[name], name).to.be.greaterThan(0);
  });
});
