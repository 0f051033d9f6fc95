import { expect } from "chai";
import { testGraph } from "./support/graph.js";
import { gatewayData } from "./support/client.js";

describe("gateway: one product across all four subgraphs", () => {
  it("gives a product page whose parts agree: totals equal the sum of purchases, and every part is the product's own", async () => {
    const { dataset } = testGraph();
    // The product with the most parts in every subgraph, so each part is exercised.
    const score = (id: string) => [
      dataset.institutions.purchases.filter((row) => row.productId === id).length,
      dataset.certifications.certificates.filter((row) => row.productId === id).length,
      dataset.certifications.applications.filter((row) => row.productId === id).length,
      dataset.exhibitions.exhibitors.filter((row) => row.productId === id).length,
      dataset.exhibitions.meetings.filter((row) => row.productId === id).length,
    ];
    const product = dataset.products.products
      .filter((row) => score(row.id).every((count) => count > 0))
      .sort((a, b) => score(b.id).reduce((x, y) => x + y) - score(a.id).reduce((x, y) => x + y))[0];
    expect(product, "the seed has a product with purchases, certificates, support, exhibitions and meetings").to.not.equal(undefined);

    const data = await gatewayData(
      `query ($id: ID!) { product(id: $id) {
        id designationNumber status validUntil company { id }
        totalProcurement buyerCount
        purchases(first: 100) { totalCount nodes { amount product { id } institution { id name } } }
        buyers(first: 100) { totalCount nodes { id } }
        certificates { scheme product { id } }
        supportApplications { status product { id } program { operator { abbreviation } } }
        exhibitions { booth product { id } event { title } }
        consultationMeetings(first: 100) { totalCount nodes { product { id } institution { id } } }
      } }`,
      { id: product.id },
    );
    const page = data.product;
    expect(page.id).to.equal(product.id);
    expect(page.designationNumber).to.equal(product.designationNumber);
    expect(page.company.id).to.equal(product.companyId);

    const purchases = dataset.institutions.purchases.filter((row) => row.productId === product.id);
    expect(page.purchases.totalCount).to.equal(purchases.length);
    expect(page.purchases.nodes).to.have.length(purchases.length);
    const sum = page.purchases.nodes.reduce((total: number, purchase: { amount: number }) => total + purchase.amount, 0);
    expect(page.totalProcurement).to.equal(sum);
    expect(page.totalProcurement).to.equal(purchases.reduce((total, row) => total + row.amount, 0));
    const buyers = new Set(purchases.map((row) => row.institutionId));
    expect(page.buyerCount).to.equal(buyers.size);
    expect(page.buyers.totalCount).to.equal(buyers.size);
    expect(new Set(page.buyers.nodes.map((buyer: { id: string }) => buyer.id))).to.deep.equal(buyers);

    const own = (items: Array<{ product: { id: string } }>) => items.every((item) => item.product.id === product.id);
    expect(own(page.purchases.nodes)).to.equal(true);
    expect(own(page.certificates)).to.equal(true);
    expect(own(page.supportApplications)).to.equal(true);
    expect(own(page.exhibitions)).to.equal(true);
    expect(own(page.consultationMeetings.nodes)).to.equal(true);
    expect(page.certificates).to.have.length(dataset.certifications.certificates.filter((row) => row.productId === product.id).length);
    expect(page.supportApplications).to.have.length(
      dataset.certifications.applications.filter((row) => row.productId === product.id).length,
    );
    expect(page.exhibitions).to.have.length(dataset.exhibitions.exhibitors.filter((row) => row.productId === product.id).length);
    expect(page.consultationMeetings.totalCount).to.equal(
      dataset.exhibitions.meetings.filter((row) => row.productId === product.id).length,
    );
  });

  it("answers null with no error for a product id that does not exist", async () => {
    const data = await gatewayData(`{ product(id: "00000000-0000-4000-8000-000000000000") { id totalProcurement } }`);
    expect(data.product).to.equal(null);
  });
});
