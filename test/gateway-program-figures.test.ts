import { expect } from "chai";
import { gatewayData } from "./support/client.js";

describe("gateway: program figures (products + institutions)", () => {
  it("MOTIE designated 313 products through 2024 that generated KRW 518,600,000,000 of procurement", async () => {
    const data = await gatewayData(`{
      procurementSummary(agency: MOTIE, throughYear: 2024) {
        agency throughYear designatedProducts procurementGenerated purchaseCount
        byYear { year designatedProducts procurementGenerated }
      } }`);
    const summary = data.procurementSummary;
    expect(summary).to.include({ agency: "MOTIE", throughYear: 2024, designatedProducts: 313, procurementGenerated: 518_600_000_000 });
    expect(summary.byYear.map((year: { year: number }) => year.year)).to.deep.equal([2020, 2021, 2022, 2023, 2024]);
    const sum = (key: string) => summary.byYear.reduce((total: number, year: Record<string, number>) => total + year[key], 0);
    expect(sum("designatedProducts")).to.equal(313);
    expect(sum("procurementGenerated")).to.equal(518_600_000_000);
  });

  it("counts 2025 designations and purchases only when the period includes 2025", async () => {
    const data = await gatewayData(`{
      through2024: procurementSummary(agency: MOTIE, throughYear: 2024) { designatedProducts procurementGenerated }
      through2025: procurementSummary(agency: MOTIE, throughYear: 2025) { designatedProducts procurementGenerated }
      mss: procurementSummary(agency: MSS, throughYear: 2024) { designatedProducts }
    }`);
    expect(data.through2024).to.deep.equal({ designatedProducts: 313, procurementGenerated: 518_600_000_000 });
    // The seed at scale 1 adds 60 MOTIE designations (2025-07) and KRW 199,321,588,000 of 2025 purchases.
    expect(data.through2025).to.deep.equal({ designatedProducts: 373, procurementGenerated: 717_921_588_000 });
    expect(data.mss.designatedProducts).to.equal(130);
  });
});
