import { expect } from "chai";
import { testGraph } from "./support/graph.js";
import { gatewayData } from "./support/client.js";
import { LEAD_BUYER_DASHBOARD } from "./support/screens.js";

describe("gateway: lead buyers", () => {
  it("KTL declared itself the first innovative-product purchase leader on 2025-02-27 in Jinju", async () => {
    const data = await gatewayData(`{
      institutionByAbbreviation(abbreviation: "ktl") { name nameEn type parentMinistry leadBuyer { declaredOn venue pledge } }
      leadBuyers(first: 100) { totalCount nodes { abbreviation leadBuyer { declaredOn } } }
    }`);
    const ktl = data.institutionByAbbreviation;
    expect(ktl).to.include({
      name: "한국산업기술시험원",
      nameEn: "Korea Testing Laboratory",
      type: "PUBLIC_INSTITUTION",
      parentMinistry: "MOTIE",
    });
    expect(ktl.leadBuyer.declaredOn).to.equal("2025-02-27");
    expect(ktl.leadBuyer.venue).to.match(/진주/).and.to.match(/Jinju/);
    expect(ktl.leadBuyer.pledge.length).to.be.greaterThan(20);

    const leaders = data.leadBuyers.nodes;
    expect(leaders[0].abbreviation).to.equal("KTL");
    const dates = leaders.map((leader: { leadBuyer: { declaredOn: string } }) => leader.leadBuyer.declaredOn);
    expect(dates).to.deep.equal([...dates].sort());
    expect(dates.slice(1).every((date: string) => date > "2025-02-27")).to.equal(true);
    expect(data.leadBuyers.totalCount).to.equal(testGraph().dataset.institutions.leadBuyerDeclarations.length);
  });

  it("answers the lead-buyer dashboard across all four subgraphs, consistent with the seeded data", async () => {
    const { dataset } = testGraph();
    const data = await gatewayData(LEAD_BUYER_DASHBOARD);
    const ktl = data.leadBuyers.nodes[0];
    expect(ktl.abbreviation).to.equal("KTL");

    for (const leader of data.leadBuyers.nodes) {
      const target = dataset.institutions.purchaseTargets.find((row) => row.institutionId === leader.id && row.year === 2025);
      const achieved = dataset.institutions.purchases
        .filter((row) => row.institutionId === leader.id && row.contractedOn.startsWith("2025"))
        .reduce((sum, row) => sum + row.amount, 0);
      if (!target) {
        expect(leader.purchaseTarget).to.equal(null);
        continue;
      }
      expect(leader.purchaseTarget.targetAmount).to.equal(target.targetAmount);
      expect(leader.purchaseTarget.achievedAmount).to.equal(achieved);
      expect(leader.purchaseTarget.achievementRate).to.be.closeTo(achieved / target.targetAmount, 0.0001);

      const meetings = dataset.exhibitions.meetings.filter((row) => row.institutionId === leader.id);
      expect(leader.consultationMeetings.totalCount).to.equal(meetings.length);
      for (const meeting of leader.consultationMeetings.nodes) {
        const product = dataset.products.products.find((row) => row.id === meeting.product.id)!;
        expect(meeting.product.name).to.equal(product.name);
        expect(meeting.product.designationNumber).to.equal(product.designationNumber);
        const certificates = dataset.certifications.certificates.filter((row) => row.productId === product.id);
        expect(meeting.product.certificates.map((c: { scheme: string }) => c.scheme).sort()).to.deep.equal(
          certificates.map((c) => c.scheme).sort(),
        );
      }
    }
    // KTL's figures at scale 1 (so the checks above compared something): KRW 4,588,746,000 bought in 2025, 12 meetings.
    expect(ktl.purchaseTarget.achievedAmount).to.equal(4_588_746_000);
    expect(ktl.consultationMeetings.totalCount).to.equal(12);
  });
});
