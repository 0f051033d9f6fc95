import { expect } from "chai";
import type { SubgraphName } from "../lib/schema/composition.js";
import type { Dataset } from "../lib/seed/dataset.js";
import { testGraph } from "./support/graph.js";
import { gatewayData, sqlStatements } from "./support/client.js";

const SUBGRAPHS: SubgraphName[] = ["products", "institutions", "certifications", "exhibitions"];

async function statementsFor(query: string): Promise<Record<SubgraphName, number>> {
  const before = await Promise.all(SUBGRAPHS.map(sqlStatements));
  await gatewayData(query);
  const after = await Promise.all(SUBGRAPHS.map(sqlStatements));
  return Object.fromEntries(SUBGRAPHS.map((name, index) => [name, after[index] - before[index]])) as Record<SubgraphName, number>;
}

/**
 * The shortest head of the product list (newest designation first, as the API orders it) in which
 * every nested part has rows: otherwise the gateway rightly skips a fetch for the short list and the
 * comparison would measure the data, not the batching.
 */
function shortestCoveringListLength(dataset: Dataset): number {
  const ordered = [...dataset.products.products].sort((a, b) => b.designatedOn.localeCompare(a.designatedOn) || a.id.localeCompare(b.id));
  const parts = [
    dataset.institutions.purchases,
    dataset.certifications.certificates,
    dataset.certifications.applications,
    dataset.exhibitions.exhibitors,
    dataset.exhibitions.meetings,
  ].map((rows) => new Set(rows.map((row) => row.productId)));
  for (let length = 2; length <= ordered.length; length++) {
    const head = ordered.slice(0, length);
    if (parts.every((part) => head.filter((product) => part.has(product.id)).length >= 2)) return length;
  }
  throw new Error("the seed has no products with every part");
}

describe("gateway: no N+1", () => {
  it("runs the same number of SQL statements in every subgraph for a short list and for 100 products", async () => {
    const listOf = (size: number) => `{ products(first: ${size}) { nodes {
      name company { name }
      totalProcurement buyerCount purchases(first: 3) { nodes { amount institution { name leadBuyer { declaredOn } } } }
      certificates { scheme } supportApplications { status program { name operator { name } } }
      exhibitions { booth event { title } } consultationMeetings(first: 2) { nodes { status institution { name } } }
    } } }`;
    const shortLength = shortestCoveringListLength(testGraph().dataset);
    expect(shortLength, "a short list covers every part").to.be.lessThan(60);
    const short = await statementsFor(listOf(shortLength));
    const long = await statementsFor(listOf(100));
    expect(long).to.deep.equal(short);
    for (const name of SUBGRAPHS) expect(short[name], name).to.be.greaterThan(0);
  });
});
