import { expect } from "chai";
import { businessRegistrationNumber, isValidBusinessRegistrationNumber } from "../lib/domain/business-registration-number.js";
import { addYears } from "../lib/domain/dates.js";
import type { Dataset, ProductRow } from "../lib/seed/dataset.js";
import {
  CERTIFICATION_PACKAGE,
  CONSULTATION_FAIR_2025,
  KTL_ABBREVIATION,
  MOTIE_2025_ROUND,
  MOTIE_DESIGNATIONS_2020_TO_2024,
  MOTIE_PROCUREMENT_THROUGH_2024,
  PROCUREMENT_BRIEFING_2025,
  TECHNOLOGY_FAIR_2025,
  generateDataset,
} from "../lib/seed/generate.js";

/** The generator alone, no database: the published facts, determinism, scale, and consistency across subgraphs. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ACTIVE_SUPPORT = ["APPLIED", "APPROVED", "TESTING", "CERTIFIED"];
const APPROVED_SUPPORT = ["APPROVED", "TESTING", "CERTIFIED"];

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const countBy = <T>(rows: T[], key: (row: T) => string) => {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
};
const duplicates = <T>(rows: T[], key: (row: T) => string) =>
  [...countBy(rows, key)].filter(([, count]) => count > 1).map(([value]) => value);
const motieThrough2024 = (data: Dataset) =>
  data.products.products.filter(
    (row) => row.designatingAgency === "MOTIE" && row.designatedOn >= "2020-01-01" && row.designatedOn <= "2024-12-31",
  );
const motieProcurementThrough2024 = (data: Dataset) =>
  sum(
    data.institutions.purchases.filter((row) => row.productAgency === "MOTIE" && row.contractedOn <= "2024-12-31").map((row) => row.amount),
  );

/** Everything that must hold at any scale and seed: every reference resolves, and the rules each subgraph enforces hold. */
function expectConsistent(data: Dataset): void {
  const { companies, products, rounds, applications } = data.products;
  const { institutions, leadBuyerDeclarations, purchaseTargets, purchases } = data.institutions;
  const { programs, applications: supportApplications, certificates } = data.certifications;
  const { events, exhibitors, meetings } = data.exhibitions;

  const tables: Record<string, Array<{ id: string }>> = {
    companies,
    products,
    rounds,
    applications,
    institutions,
    purchaseTargets,
    purchases,
    programs,
    supportApplications,
    certificates,
    events,
    exhibitors,
    meetings,
  };
  for (const [name, rows] of Object.entries(tables)) {
    expect(rows.length, `${name} has rows`).to.be.greaterThan(0);
    expect(rows.filter((row) => !UUID.test(row.id)).length, `${name} ids are v4 UUIDs`).to.equal(0);
    expect(
      duplicates(rows, (row) => row.id),
      `${name} ids are unique`,
    ).to.deep.equal([]);
  }

  const ids = (rows: Array<{ id: string }>) => new Set(rows.map((row) => row.id));
  const companyIds = ids(companies);
  const productById = new Map(products.map((row) => [row.id, row]));
  const roundById = new Map(rounds.map((row) => [row.id, row]));
  const institutionIds = ids(institutions);
  const programById = new Map(programs.map((row) => [row.id, row]));
  const eventIds = ids(events);
  const dangling = (label: string, values: Array<string | null>, known: { has(id: string): boolean }) =>
    expect(values.filter((value) => value !== null && !known.has(value)).length, `${label} refers to rows that exist`).to.equal(0);
  dangling(
    "product.companyId",
    products.map((row) => row.companyId),
    companyIds,
  );
  dangling(
    "application.roundId",
    applications.map((row) => row.roundId),
    roundById,
  );
  dangling(
    "application.companyId",
    applications.map((row) => row.companyId),
    companyIds,
  );
  dangling(
    "application.productId",
    applications.map((row) => row.productId),
    productById,
  );
  dangling(
    "declaration.institutionId",
    leadBuyerDeclarations.map((row) => row.institutionId),
    institutionIds,
  );
  dangling(
    "target.institutionId",
    purchaseTargets.map((row) => row.institutionId),
    institutionIds,
  );
  dangling(
    "purchase.institutionId",
    purchases.map((row) => row.institutionId),
    institutionIds,
  );
  dangling(
    "purchase.productId",
    purchases.map((row) => row.productId),
    productById,
  );
  dangling(
    "program.operatorInstitutionId",
    programs.map((row) => row.operatorInstitutionId),
    institutionIds,
  );
  dangling(
    "supportApplication.programId",
    supportApplications.map((row) => row.programId),
    programById,
  );
  dangling(
    "supportApplication.productId",
    supportApplications.map((row) => row.productId),
    productById,
  );
  dangling(
    "certificate.productId",
    certificates.map((row) => row.productId),
    productById,
  );
  dangling(
    "exhibitor.eventId",
    exhibitors.map((row) => row.eventId),
    eventIds,
  );
  dangling(
    "exhibitor.productId",
    exhibitors.map((row) => row.productId),
    productById,
  );
  dangling(
    "meeting.eventId",
    meetings.map((row) => row.eventId),
    eventIds,
  );
  dangling(
    "meeting.productId",
    meetings.map((row) => row.productId),
    productById,
  );
  dangling(
    "meeting.institutionId",
    meetings.map((row) => row.institutionId),
    institutionIds,
  );

  // products
  expect(
    companies
      .filter((row) => !isValidBusinessRegistrationNumber(row.businessRegistrationNumber))
      .map((row) => row.businessRegistrationNumber),
  ).to.deep.equal([]);
  expect(
    duplicates(companies, (row) => row.businessRegistrationNumber),
    "business registration numbers are unique",
  ).to.deep.equal([]);
  expect(
    duplicates(products, (row) => row.designationNumber),
    "designation numbers are unique",
  ).to.deep.equal([]);
  for (const product of products) {
    expect(product.designationNumber).to.match(new RegExp(`^${product.designatingAgency}-${product.designatedOn.slice(0, 4)}-\\d{4,}$`));
    expect(product.procurementItemNumber).to.match(/^\d{8}-\d{8}$/);
    expect(Number.isSafeInteger(product.unitPrice) && product.unitPrice > 0, `unit price of ${product.designationNumber}`).to.equal(true);
    if (product.revokedOn !== null)
      expect(product.revokedOn > product.designatedOn, `${product.designationNumber} revoked after designation`).to.equal(true);
    expect(product.benefits).to.include.members(["NEGOTIATED_CONTRACT", "PURCHASE_TARGET", "LIABILITY_EXEMPTION"]);
  }
  const designatedApplications = applications.filter((row) => row.stage === "DESIGNATED");
  expect(designatedApplications).to.have.length(products.length);
  expect(new Set(designatedApplications.map((row) => row.productId)).size, "one designated application per product").to.equal(
    products.length,
  );
  for (const application of designatedApplications) {
    const product = productById.get(application.productId!)!;
    const round = roundById.get(application.roundId)!;
    expect([round.agency, round.year]).to.deep.equal([product.designatingAgency, Number(product.designatedOn.slice(0, 4))]);
    expect(application.companyId).to.equal(product.companyId);
    expect(application.submittedOn >= round.opensOn && application.submittedOn <= round.closesOn, "submitted inside the round").to.equal(
      true,
    );
    expect(product.designatedOn > round.closesOn, "designated after the round closed").to.equal(true);
  }
  for (const application of applications) {
    const round = roundById.get(application.roundId)!;
    expect(application.submittedOn >= round.opensOn && application.submittedOn <= round.closesOn, "submitted inside the round").to.equal(
      true,
    );
    expect(application.productId === null, `${application.stage} application names a product only when designated`).to.equal(
      application.stage !== "DESIGNATED",
    );
    const scores = [application.innovativenessScore, application.marketabilityScore, application.publicValueScore];
    if (["SUBMITTED", "DOCUMENT_REVIEW"].includes(application.stage)) expect(scores).to.deep.equal([null, null, null]);
    else if (application.stage !== "REJECTED") expect(scores.every((value) => value !== null)).to.equal(true);
    else expect(scores.every((value) => value === null) || scores.every((value) => value !== null)).to.equal(true);
    for (const value of scores) {
      if (value === null) continue;
      expect(value).to.be.within(0, 100);
      expect(Math.round(value * 100) / 100).to.equal(value);
    }
  }

  // institutions: purchases of designated products, on dates the designation allowed
  const purchaseCounts = countBy(purchases, (row) => row.productId);
  expect(Math.max(...purchaseCounts.values()), "a product's purchases fit one page").to.be.lessThan(100);
  for (const purchase of purchases) {
    const product: ProductRow = productById.get(purchase.productId)!;
    const label = `${purchase.method} of ${product.designationNumber} on ${purchase.contractedOn}`;
    expect(purchase.productAgency, label).to.equal(product.designatingAgency);
    expect(purchase.contractedOn >= product.designatedOn, `${label}: on or after designation`).to.equal(true);
    if (purchase.method === "NEGOTIATED_CONTRACT" || purchase.method === "PILOT_PURCHASE") {
      expect(purchase.contractedOn <= addYears(product.designatedOn, 3), `${label}: within three years`).to.equal(true);
      expect(product.revokedOn === null || purchase.contractedOn < product.revokedOn, `${label}: before revocation`).to.equal(true);
    }
    if (purchase.method === "PILOT_PURCHASE") expect(product.benefits, label).to.include("PILOT_PURCHASE");
    expect(Number.isSafeInteger(purchase.amount) && purchase.amount > 0, `${label}: whole won`).to.equal(true);
    expect(Number.isInteger(purchase.quantity) && purchase.quantity > 0, `${label}: quantity`).to.equal(true);
  }
  expect(
    duplicates(purchaseTargets, (row) => `${row.institutionId}|${row.year}`),
    "one target per institution and year",
  ).to.deep.equal([]);
  expect(
    duplicates(leadBuyerDeclarations, (row) => row.institutionId),
    "one declaration per institution",
  ).to.deep.equal([]);

  // certifications
  const activePairs = supportApplications.filter((row) => ACTIVE_SUPPORT.includes(row.status));
  expect(
    duplicates(activePairs, (row) => `${row.productId}|${row.scheme}`),
    "no two active applications for one product and scheme",
  ).to.deep.equal([]);
  for (const application of supportApplications) {
    const program = programById.get(application.programId)!;
    expect(program.schemes).to.include(application.scheme);
    expect(
      application.appliedOn >= program.applicationOpensOn && application.appliedOn <= program.applicationClosesOn,
      "applied inside the window",
    ).to.equal(true);
    const product = productById.get(application.productId)!;
    expect(
      application.appliedOn > product.designatedOn && application.appliedOn <= addYears(product.designatedOn, 3),
      "applied while designated",
    ).to.equal(true);
    if (APPROVED_SUPPORT.includes(application.status)) {
      expect(application.supportAmount).to.be.a("number").and.be.greaterThan(0).and.at.most(application.requestedAmount);
    } else {
      expect(application.supportAmount).to.equal(null);
    }
    expect(application.decidedOn === null, `${application.status} has a decision date when decided`).to.equal(
      ["APPLIED", "WITHDRAWN"].includes(application.status),
    );
    if (application.decidedOn !== null) expect(application.decidedOn >= application.appliedOn).to.equal(true);
  }
  for (const program of programs) {
    const approved = supportApplications.filter((row) => row.programId === program.id && row.supportAmount !== null);
    expect(sum(approved.map((row) => row.supportAmount!)), `${program.nameEn} stays within its budget`).to.be.at.most(program.budget);
    for (const [productId, total] of countBy(approved, (row) => row.productId)) {
      const perProduct = sum(approved.filter((row) => row.productId === productId).map((row) => row.supportAmount!));
      expect(perProduct, `support for one product (${total} applications) within the ceiling`).to.be.at.most(program.perProductCeiling);
    }
  }
  const markets: Record<string, string> = { KC: "KR", KS: "KR", CE: "EU", UL: "US", FCC: "US", CB: "INTERNATIONAL", CCC: "CN", PSE: "JP" };
  for (const certificate of certificates) {
    expect(certificate.market, `${certificate.scheme} market`).to.equal(markets[certificate.scheme]);
    if (certificate.expiresOn !== null) expect(certificate.expiresOn > certificate.issuedOn).to.equal(true);
  }
  expect(
    duplicates(certificates, (row) => row.number),
    "certificate numbers are unique",
  ).to.deep.equal([]);
  expect(
    duplicates(certificates, (row) => `${row.productId}|${row.scheme}`),
    "one certificate per product and scheme",
  ).to.deep.equal([]);

  // exhibitions
  expect(
    duplicates(exhibitors, (row) => `${row.eventId}|${row.booth}`),
    "booths are unique in an event",
  ).to.deep.equal([]);
  expect(
    duplicates(exhibitors, (row) => `${row.eventId}|${row.productId}`),
    "one exhibitor per product per event",
  ).to.deep.equal([]);
  const exhibiting = new Set(exhibitors.map((row) => `${row.eventId}|${row.productId}`));
  for (const meeting of meetings) {
    expect(exhibiting.has(`${meeting.eventId}|${meeting.productId}`), "a meeting's product exhibits at its event").to.equal(true);
    expect(meeting.slotStartsAt).to.match(/T\d{2}:\d{2}:00\+09:00$/);
    expect(Date.parse(meeting.slotEndsAt) - Date.parse(meeting.slotStartsAt)).to.equal(30 * 60 * 1000);
    expect(meeting.outcome === null, `${meeting.status} meeting has an outcome only when held`).to.equal(meeting.status !== "HELD");
  }
  const standing = meetings.filter((row) => row.status !== "CANCELLED");
  for (const [side, key] of [
    ["product", (row: (typeof meetings)[number]) => row.productId],
    ["institution", (row: (typeof meetings)[number]) => row.institutionId],
  ] as const) {
    const bySide = new Map<string, Array<[number, number]>>();
    for (const meeting of standing) {
      const slots = bySide.get(key(meeting)) ?? [];
      slots.push([Date.parse(meeting.slotStartsAt), Date.parse(meeting.slotEndsAt)]);
      bySide.set(key(meeting), slots);
    }
    let overlaps = 0;
    for (const slots of bySide.values()) {
      slots.sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < slots.length; i++) if (slots[i][0] < slots[i - 1][1]) overlaps++;
    }
    expect(overlaps, `no ${side} is double-booked`).to.equal(0);
  }
}

describe("seed dataset generator", function () {
  this.timeout(60_000);
  let data: Dataset;

  before(() => {
    data = generateDataset();
  });

  describe("the published facts, at scale 1", () => {
    it("MOTIE designated 313 products in 2020–2024, every year, whose purchases through 2024 total KRW 518,600,000,000", () => {
      const designated = motieThrough2024(data);
      expect(designated).to.have.length(MOTIE_DESIGNATIONS_2020_TO_2024).and.length(313);
      const perYear = countBy(designated, (row) => row.designatedOn.slice(0, 4));
      expect([...perYear.keys()].sort()).to.deep.equal(["2020", "2021", "2022", "2023", "2024"]);
      expect(motieProcurementThrough2024(data)).to.equal(MOTIE_PROCUREMENT_THROUGH_2024).and.equal(518_600_000_000);
      const amounts = data.institutions.purchases.map((row) => row.amount).sort((a, b) => a - b);
      expect(amounts[Math.floor(amounts.length / 2)], "a typical contract is tens to hundreds of millions").to.be.within(
        20_000_000,
        900_000_000,
      );
      expect(amounts[amounts.length - 1], "the largest a few billion at most").to.be.below(10_000_000_000);
    });

    it("has MOTIE's 2025 designations and 2025 purchases outside the 2024 figures, and other agencies' products", () => {
      const motie2025 = data.products.products.filter((row) => row.designatingAgency === "MOTIE" && row.designatedOn.startsWith("2025"));
      expect(motie2025.length).to.be.within(40, 80);
      expect(motie2025.every((row) => row.designatedOn.startsWith("2025-07"))).to.equal(true);
      const ids = new Set(motie2025.map((row) => row.id));
      const purchases2025 = data.institutions.purchases.filter((row) => ids.has(row.productId));
      expect(purchases2025.length).to.be.greaterThan(0);
      expect(purchases2025.every((row) => row.contractedOn.startsWith("2025"))).to.equal(true);
      const perAgency = countBy(data.products.products, (row) => row.designatingAgency);
      expect(perAgency.get("MSS")).to.be.within(100, 200);
      expect(perAgency.get("PPS")).to.be.within(50, 120);
      for (const agency of ["MSIT", "ME", "MOLIT"]) expect(perAgency.get(agency), agency).to.be.within(1, 20);
      const otherPurchases = countBy(data.institutions.purchases, (row) => row.productAgency);
      for (const agency of ["MSS", "PPS"]) expect(otherPurchases.get(agency), agency).to.be.greaterThan(0);
    });

    it("has MOTIE's 2025 round open 2025-02-27 to 2025-03-26 with applications at every stage", () => {
      const rounds = data.products.rounds.filter((row) => row.agency === "MOTIE");
      expect(rounds.map((row) => row.year)).to.deep.equal([2020, 2021, 2022, 2023, 2024, 2025]);
      const round = rounds.find((row) => row.year === 2025)!;
      expect(round).to.include({ title: "2025년 산업부 우수연구개발 혁신제품 지정 (1차)", opensOn: "2025-02-27", closesOn: "2025-03-26" });
      expect(round).to.include(MOTIE_2025_ROUND);
      const stages = new Set(data.products.applications.filter((row) => row.roundId === round.id).map((row) => row.stage));
      expect([...stages].sort()).to.deep.equal([
        "DESIGNATED",
        "DOCUMENT_REVIEW",
        "FINAL_DELIBERATION",
        "REJECTED",
        "SUBMITTED",
        "TECHNICAL_EVALUATION",
      ]);
      for (const agency of ["MSS", "PPS", "MSIT", "ME", "MOLIT"])
        expect(
          data.products.rounds.some((row) => row.agency === agency),
          agency,
        ).to.equal(true);
    });

    it("has products with the procurement benefits, a few revoked, and companies of every size", () => {
      const { products, companies } = data.products;
      const allFour = products.filter((row) => row.benefits.length === 4);
      expect(allFour.length / products.length).to.be.within(0.7, 0.95);
      const revoked = products.filter((row) => row.revokedOn !== null);
      expect(revoked.length).to.be.within(1, 30);
      expect(companies.length).to.be.within(200, 300);
      expect(new Set(companies.map((row) => row.size))).to.deep.equal(new Set(["SMALL", "MEDIUM", "MID_SIZED"]));
      expect(companies.every((row) => row.name && row.nameEn && /^[가-힣]+$/.test(row.region.replace(/\s/g, "")))).to.equal(true);
      expect(products.every((row) => /[가-힣]/.test(row.name) && /^[\x20-\x7e]+$/.test(row.nameEn))).to.equal(true);
    });

    it("puts KTL first among ~120 institutions of every type, as the earliest lead buyer, declared 2025-02-27 in Jinju", () => {
      const { institutions, leadBuyerDeclarations } = data.institutions;
      expect(institutions.length).to.be.within(100, 140);
      expect(new Set(institutions.map((row) => row.type))).to.deep.equal(
        new Set(["CENTRAL_GOVERNMENT", "LOCAL_GOVERNMENT", "PUBLIC_INSTITUTION", "EDUCATION", "OTHER"]),
      );
      const ktl = institutions[0];
      expect(KTL_ABBREVIATION).to.equal("KTL");
      expect(ktl).to.include({
        name: "한국산업기술시험원",
        nameEn: "Korea Testing Laboratory",
        abbreviation: "KTL",
        type: "PUBLIC_INSTITUTION",
        parentMinistry: "MOTIE",
        region: "경상남도",
      });
      const abbreviations = institutions.flatMap((row) => (row.abbreviation ? [row.abbreviation.toLowerCase()] : []));
      expect(new Set(abbreviations).size, "abbreviations identify one institution each").to.equal(abbreviations.length);
      expect(institutions.every((row) => row.name && row.nameEn)).to.equal(true);

      const declaration = leadBuyerDeclarations.find((row) => row.institutionId === ktl.id)!;
      expect(declaration).to.include({ declaredOn: "2025-02-27", venue: "한국산업기술시험원 진주 본원 (KTL headquarters, Jinju)" });
      expect(declaration.pledge)
        .to.match(/중소·중견기업/)
        .and.match(/시험·연구장비/)
        .and.match(/testing and research equipment/);
      const others = leadBuyerDeclarations.filter((row) => row !== declaration);
      expect(others.length).to.be.within(3, 10);
      expect(others.every((row) => row.declaredOn > "2025-02-27" && row.declaredOn <= "2025-12-31")).to.equal(true);
    });

    it("gives every lead buyer a 2024 and a 2025 purchase target, and KTL 2025 purchases toward its target", () => {
      const { institutions, leadBuyerDeclarations, purchaseTargets, purchases } = data.institutions;
      for (const declaration of leadBuyerDeclarations) {
        const years = purchaseTargets.filter((row) => row.institutionId === declaration.institutionId).map((row) => row.year);
        expect(years.sort()).to.deep.equal([2024, 2025]);
      }
      const leaders = new Set(leadBuyerDeclarations.map((row) => row.institutionId));
      expect(
        purchaseTargets.some((row) => !leaders.has(row.institutionId)),
        "other institutions have targets too",
      ).to.equal(true);
      expect(purchaseTargets.every((row) => Number.isSafeInteger(row.targetAmount) && row.targetAmount >= 10_000_000)).to.equal(true);
      const ktl = institutions[0];
      const ktl2025 = purchases.filter((row) => row.institutionId === ktl.id && row.contractedOn.startsWith("2025"));
      expect(ktl2025.length).to.be.greaterThan(0);
    });

    it("has KTL's 2025 certification package and support applications in every status", () => {
      const { programs, applications, certificates } = data.certifications;
      const ktl = data.institutions.institutions[0];
      const packageProgram = programs.find((row) => row.name === CERTIFICATION_PACKAGE.name)!;
      expect(packageProgram).to.deep.include({
        name: "혁신제품 국내외 인증 취득 패키지",
        nameEn: "Innovative Product Domestic and International Certification Package",
        operatorInstitutionId: ktl.id,
        year: 2025,
        scope: ["DOMESTIC", "INTERNATIONAL"],
        schemes: ["KC", "KS", "CE", "UL", "FCC", "CB"],
        applicationOpensOn: "2025-04-01",
        applicationClosesOn: "2025-10-31",
      });
      expect(packageProgram.perProductCeiling).to.be.within(10_000_000, 50_000_000);
      expect(packageProgram.budget).to.be.within(500_000_000, 5_000_000_000);
      expect(new Set(applications.map((row) => row.status))).to.deep.equal(
        new Set(["APPLIED", "APPROVED", "TESTING", "CERTIFIED", "REJECTED", "WITHDRAWN"]),
      );
      expect(new Set(applications.filter((row) => row.programId === packageProgram.id).map((row) => row.status)).size).to.equal(6);
      expect(certificates.some((row) => row.issuer === "KTL")).to.equal(true);
      expect(new Set(certificates.map((row) => row.productId)).size, "many products hold certificates").to.be.greaterThan(
        data.products.products.length / 3,
      );
    });

    it("has the 2025 Technology Commercialization Fair with a consultation fair and a procurement briefing the same days", () => {
      const { events, exhibitors, meetings } = data.exhibitions;
      const fair = events.find((row) => row.titleEn === "2025 Technology Commercialization Fair")!;
      expect(fair).to.include({
        title: "2025 기술사업화 대전",
        kind: "EXHIBITION",
        organizer: "산업통상자원부 · 한국산업기술진흥원 (MOTIE · KIAT)",
      });
      expect(fair).to.include(TECHNOLOGY_FAIR_2025);
      expect(fair.venue).to.match(/COEX/);
      expect(fair.startsAt).to.match(/^2025-11-\d{2}T\d{2}:\d{2}:00\+09:00$/);
      const consultation = events.find((row) => row.titleEn === CONSULTATION_FAIR_2025.titleEn)!;
      const briefing = events.find((row) => row.titleEn === PROCUREMENT_BRIEFING_2025.titleEn)!;
      expect(consultation).to.include({
        title: "혁신제품 구매상담회",
        titleEn: "Innovative Product Purchase Consultation Fair",
        kind: "CONSULTATION_FAIR",
      });
      expect(briefing).to.include({ title: "공공구매 제도 설명회", titleEn: "Public Procurement Briefing", kind: "PROCUREMENT_BRIEFING" });
      for (const event of [consultation, briefing]) {
        expect(event.startsAt.slice(0, 10)).to.equal(fair.startsAt.slice(0, 10));
        expect(event.endsAt.slice(0, 10)).to.equal(fair.endsAt.slice(0, 10));
      }
      expect(Date.parse(fair.endsAt) - Date.parse(fair.startsAt)).to.be.within(2 * 86_400_000, 3 * 86_400_000);
      expect(events.filter((row) => row.startsAt < "2025-11").length, "other events in 2024–2025").to.be.greaterThan(2);
      expect(exhibitors.filter((row) => row.eventId === fair.id).every((row) => /^[A-Z]+-\d{2,}$/.test(row.booth))).to.equal(true);

      const fairMeetings = meetings.filter((row) => row.eventId === consultation.id);
      expect(new Set(fairMeetings.map((row) => row.status))).to.deep.equal(new Set(["REQUESTED", "CONFIRMED", "HELD", "CANCELLED"]));
      const buyers = new Set(fairMeetings.map((row) => row.institutionId));
      for (const declaration of data.institutions.leadBuyerDeclarations)
        expect(buyers.has(declaration.institutionId), "lead buyers meet at the fair").to.equal(true);
    });

    it("has a product with purchases, certificates, support, exhibitions and meetings (the product page exercises them all)", () => {
      const has = (rows: Array<{ productId: string }>) => new Set(rows.map((row) => row.productId));
      const parts = [
        has(data.institutions.purchases),
        has(data.certifications.certificates),
        has(data.certifications.applications),
        has(data.exhibitions.exhibitors),
        has(data.exhibitions.meetings),
      ];
      expect(data.products.products.some((row) => parts.every((part) => part.has(row.id)))).to.equal(true);
    });

    it("keeps every reference and every rule consistent", () => {
      expectConsistent(data);
    });
  });

  describe("determinism and scale", () => {
    it("gives a deep-equal dataset for the same options, and a different one for another seed", () => {
      expect(generateDataset({ scale: 1, seed: 20250227 })).to.deep.equal(data);
      const other = generateDataset({ seed: 7 });
      expect(other.products.products[0].id).to.not.equal(data.products.products[0].id);
      expect(other).to.not.deep.equal(data);
      expect(motieThrough2024(other)).to.have.length(313);
      expect(motieProcurementThrough2024(other)).to.equal(518_600_000_000);
      expectConsistent(other);
    });

    it("multiplies the counts and the MOTIE figures by the scale, keeping the named fixtures single", () => {
      const tripled = generateDataset({ scale: 3 });
      expect(motieThrough2024(tripled)).to.have.length(3 * 313);
      expect(motieProcurementThrough2024(tripled)).to.equal(3 * 518_600_000_000);
      for (const [slice, table] of [
        ["products", "products"],
        ["products", "companies"],
        ["institutions", "institutions"],
        ["exhibitions", "exhibitors"],
        ["exhibitions", "meetings"],
      ] as const) {
        const rows = (dataset: Dataset) => (dataset[slice] as Record<string, unknown[]>)[table].length;
        expect(rows(tripled), `${slice}.${table}`).to.equal(3 * rows(data));
      }
      expect(tripled.institutions.purchases.length / data.institutions.purchases.length).to.be.within(2.7, 3.3);
      expect(tripled.products.applications.length / data.products.applications.length).to.be.within(2.7, 3.3);
      expect(tripled.institutions.institutions.filter((row) => row.abbreviation === "KTL")).to.have.length(1);
      expect(tripled.products.rounds.filter((row) => row.title === MOTIE_2025_ROUND.title)).to.have.length(1);
      expect(tripled.exhibitions.events.filter((row) => row.titleEn === TECHNOLOGY_FAIR_2025.titleEn)).to.have.length(1);
      expectConsistent(tripled);
    });

    it("refuses a scale that is not a whole number from 1", () => {
      expect(() => generateDataset({ scale: 0 })).to.throw(RangeError);
      expect(() => generateDataset({ scale: 1.5 })).to.throw(RangeError);
    });
  });
});

describe("business registration numbers", () => {
  it("accepts a number whose check digit matches, in the 123-45-67890 format", () => {
    expect(isValidBusinessRegistrationNumber("124-81-00998")).to.equal(true);
    expect(businessRegistrationNumber("123456789")).to.equal("123-45-67891");
    expect(isValidBusinessRegistrationNumber("123-45-67891")).to.equal(true);
  });

  it("refuses a wrong check digit, a transposition, and any other format", () => {
    expect(isValidBusinessRegistrationNumber("124-81-00997")).to.equal(false);
    expect(isValidBusinessRegistrationNumber("142-81-00998")).to.equal(false);
    for (const value of ["1248100998", "124-8100998", "124-81-0099", " 124-81-00998", "124-81-00998 ", "abc-de-fghij", ""]) {
      expect(isValidBusinessRegistrationNumber(value), JSON.stringify(value)).to.equal(false);
    }
    expect(() => businessRegistrationNumber("12345678")).to.throw(RangeError);
  });

  it("makes a valid number from any nine digits, and exactly one check digit is valid", () => {
    for (let n = 0; n < 1000; n++) {
      const nine = String((n * 7_654_321 + 101_000_000) % 1_000_000_000).padStart(9, "0");
      const number = businessRegistrationNumber(nine);
      expect(isValidBusinessRegistrationNumber(number), number).to.equal(true);
      const valid = [..."0123456789"].filter((digit) => isValidBusinessRegistrationNumber(number.slice(0, -1) + digit));
      expect(valid).to.deep.equal([number.slice(-1)]);
    }
  });
});
