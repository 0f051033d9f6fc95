/**
 * The deterministic seed generator: one dataset for all four subgraphs, so that what one subgraph
 * stores agrees with what another stores about it (a purchase names a product that exists, bought on
 * a date its designation allowed). Every random choice comes from one Faker instance seeded from
 * `seed`, never from Math.random or the clock: the same options always give a deep-equal dataset.
 *
 * At scale 1 the dataset reproduces the program's published facts (DOMAIN.md): 313 MOTIE products
 * designated 2020–2024 whose purchases through 2024 total exactly KRW 518.6 billion; KTL's lead-buyer
 * declaration on 2025-02-27 in Jinju; MOTIE's 2025 round open 2025-02-27 to 2025-03-26; KTL's
 * certification package; the 2025 Technology Commercialization Fair with its consultation fair and
 * procurement briefing. At scale N every count (and the MOTIE figures) is N times larger; the named
 * fixtures (KTL, the rounds, the programs, the events) stay one of each.
 *
 * The data is a snapshot taken at the end of 2025-11-20 (`SEED_AS_OF`), the second day of the fair:
 * nothing is dated later except meetings booked for the fair's last day and certificate expiries.
 */
import { Faker, base, en, generateMersenne53Randomizer, ko, type Randomizer } from "@faker-js/faker";
import { businessRegistrationNumber } from "../domain/business-registration-number.js";
import { addYears } from "../domain/dates.js";
import { SCHEME_MARKETS } from "../domain/certification-schemes.js";
import type {
  Agency,
  ApplicationStage,
  CertificationScheme,
  EventKind,
  InstitutionType,
  MeetingOutcome,
  MeetingStatus,
  ProcurementBenefit,
  ProductField,
  PurchaseMethod,
  SupportApplicationStatus,
} from "../domain/enums.js";
import type {
  CertificateRow,
  CertificationProgramRow,
  CompanyRow,
  ConsultationMeetingRow,
  Dataset,
  DesignationApplicationRow,
  DesignationRoundRow,
  EventRow,
  ExhibitorRow,
  InstitutionRow,
  LeadBuyerDeclarationRow,
  ProductRow,
  PurchaseRow,
  PurchaseTargetRow,
  SupportApplicationRow,
} from "./dataset.js";
import {
  KTL_ABBREVIATION,
  allFields,
  cities,
  companyFirstSyllables,
  companyLegalForms,
  companySecondSyllables,
  companySizes,
  companySuffixes,
  companyWords,
  institutionPatterns,
  namedInstitutions,
  productFields,
  regions,
  roundTitle,
  schemeIssuers,
  schemeValidityYears,
  type InstitutionTerm,
  type Term,
} from "./vocabulary.js";

export { KTL_ABBREVIATION } from "./vocabulary.js";

export interface GenerateOptions {
  /** Multiplies every count; a whole number from 1. Default 1. */
  scale?: number;
  /** Default 20250227. */
  seed?: number;
}

export const DEFAULT_SEED = 20250227;
/** The day the snapshot describes (end of day): the second day of the 2025 Technology Commercialization Fair. */
export const SEED_AS_OF = "2025-11-20";

/** The press release's figures, per unit of scale. */
export const MOTIE_DESIGNATIONS_2020_TO_2024 = 313;
export const MOTIE_PROCUREMENT_THROUGH_2024 = 518_600_000_000;

export const KTL_DECLARED_ON = "2025-02-27";
export const MOTIE_2025_ROUND = { title: roundTitle("MOTIE", 2025), opensOn: "2025-02-27", closesOn: "2025-03-26" } as const;
export const CERTIFICATION_PACKAGE = {
  name: "혁신제품 국내외 인증 취득 패키지",
  nameEn: "Innovative Product Domestic and International Certification Package",
} as const;
export const TECHNOLOGY_FAIR_2025 = { title: "2025 기술사업화 대전", titleEn: "2025 Technology Commercialization Fair" } as const;
export const CONSULTATION_FAIR_2025 = { title: "혁신제품 구매상담회", titleEn: "Innovative Product Purchase Consultation Fair" } as const;
export const PROCUREMENT_BRIEFING_2025 = { title: "공공구매 제도 설명회", titleEn: "Public Procurement Briefing" } as const;

export function generateDataset(options: GenerateOptions = {}): Dataset {
  const scale = options.scale ?? 1;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(scale) || scale < 1) throw new RangeError(`scale must be a whole number from 1; got ${scale}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number; got ${seed}`);
  const random = new Random(seed);

  const institutions = generateInstitutions(random, scale);
  const companies = generateCompanies(random, scale);
  const designations = generateDesignations(random, scale, companies);
  const purchases = generatePurchases(random, scale, designations.products, institutions);
  const leadBuyers = generateLeadBuyers(random, institutions);
  const purchaseTargets = generatePurchaseTargets(random, scale, institutions, leadBuyers, purchases);
  const certifications = generateCertifications(random, scale, designations.products, institutions);
  const exhibitions = generateExhibitions(random, scale, designations.products, institutions, leadBuyers, certifications.applications);

  return {
    products: {
      companies: companies.map((company) => company.row),
      products: designations.products.map((product) => product.row),
      rounds: designations.rounds,
      applications: designations.applications,
    },
    institutions: {
      institutions: institutions.rows,
      leadBuyerDeclarations: leadBuyers,
      purchaseTargets,
      purchases,
    },
    certifications,
    exhibitions,
  };
}

// ---------------------------------------------------------------------------------------------------
// Randomness and calendar days

/**
 * Every draw comes from one seeded Faker instance. Plain numbers are read straight from its
 * randomizer (Faker's default, Mersenne Twister), which is what `faker.number.float()` does without
 * the option handling: at scale 100 the generator draws millions of them.
 */
class Random {
  private readonly faker: Faker;
  private readonly randomizer: Randomizer;

  constructor(seed: number) {
    this.randomizer = generateMersenne53Randomizer();
    this.faker = new Faker({ locale: [ko, en, base], randomizer: this.randomizer });
    this.faker.seed(seed);
  }

  uuid(): string {
    // A v4 UUID does not use refDate; passing one spares Faker reading the clock for its default.
    return this.faker.string.uuid(UUID_V4);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.randomizer.next();
  }

  /** Uniform whole number in [min, max]. */
  int(min: number, max: number): number {
    return Math.min(max, min + Math.floor(this.next() * (max - min + 1)));
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Log-normally distributed around `median`: most values near it, a long tail above. */
  logNormal(median: number, sigma: number): number {
    const u = 1 - this.next();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
    return median * Math.exp(sigma * normal);
  }

  /** Uniform on a log scale: prices spread evenly across orders of magnitude. */
  logUniform(min: number, max: number): number {
    return Math.exp(this.between(Math.log(min), Math.log(max)));
  }

  digits(count: number): string {
    let text = "";
    for (let i = 0; i < count; i++) text += this.int(0, 9);
    return text;
  }

  /** Fisher–Yates on a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** `count` distinct items (all of them if there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, count);
  }
}

/** Picks items in proportion to their weights. */
class Weighted<T> {
  private readonly cumulative: number[] = [];
  private total = 0;

  constructor(
    readonly items: readonly T[],
    weight: (item: T) => number,
  ) {
    for (const item of items) {
      this.total += weight(item);
      this.cumulative.push(this.total);
    }
  }

  pick(random: Random): T {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low];
  }
}

const UUID_V4 = { version: 4, refDate: 0 } as const;

const DAY_MS = 86_400_000;
/** Days since 1970-01-01; the generator reasons in days and writes `YYYY-MM-DD`. */
const dayOf = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
/** `YYYY-MM-DD` of a day number, each made once (rows share the strings). */
const dateStrings: string[] = [];
function dateOf(day: number): string {
  return (dateStrings[day] ??= new Date(day * DAY_MS).toISOString().slice(0, 10));
}

const AS_OF_DAY = dayOf(SEED_AS_OF);
/** Purchases are recorded with a few days' delay: the last contract in the snapshot. */
const LAST_PURCHASE_DAY = dayOf("2025-11-14");
const END_OF_2024 = dayOf("2024-12-31");

const roundTo = (value: number, unit: number) => Math.max(unit, Math.round(value / unit) * unit);
/** Prices are quoted to 10,000 won above a million, to 1,000 above 100,000, to 100 below. */
const roundPrice = (value: number) => roundTo(value, value >= 1_000_000 ? 10_000 : value >= 100_000 ? 1_000 : 100);
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const score = (random: Random, min: number, max: number) => Math.round(random.between(min, max) * 100) / 100;

/** 은/는, 이/가, 과/와: the particle a Korean word takes depends on whether it ends in a consonant. */
function particle(word: string, afterConsonant: string, afterVowel: string): string {
  const code = word.charCodeAt(word.length - 1);
  const hangul = code >= 0xac00 && code <= 0xd7a3;
  return hangul && (code - 0xac00) % 28 !== 0 ? afterConsonant : afterVowel;
}

// ---------------------------------------------------------------------------------------------------
// Institutions

interface Institutions {
  rows: InstitutionRow[];
  byId: Map<string, InstitutionRow>;
  byAbbreviation: Map<string, InstitutionRow>;
  /** Buyers weighted by how much they buy: public corporations and ministries more than schools. */
  buyers: Weighted<InstitutionRow>;
}

const BUYING_WEIGHT: Record<InstitutionType, number> = {
  PUBLIC_INSTITUTION: 8,
  CENTRAL_GOVERNMENT: 6,
  LOCAL_GOVERNMENT: 4,
  EDUCATION: 1.5,
  OTHER: 2.5,
};

function generateInstitutions(random: Random, scale: number): Institutions {
  const count = 120 * scale;
  const toRow = (term: InstitutionTerm): InstitutionRow => ({ id: random.uuid(), ...term });
  const rows = namedInstitutions.map(toRow);

  const pool: InstitutionTerm[] = [];
  for (const pattern of institutionPatterns) {
    const base = { abbreviation: null, type: pattern.type, parentMinistry: pattern.parentMinistry };
    if (pattern.per === "region") for (const region of regions) pool.push({ ...base, ...pattern.make(region), region: region.name });
    else for (const city of cities) pool.push({ ...base, ...pattern.make(city), region: city.region });
  }
  const shuffled = random.shuffle(pool);
  // Past the pool (large scales only), the same kinds of body again, numbered.
  for (let i = 0; rows.length < count; i++) {
    const term = shuffled[i % shuffled.length];
    const round = Math.floor(i / shuffled.length);
    rows.push(toRow(round === 0 ? term : { ...term, name: `${term.name} (${round + 1})`, nameEn: `${term.nameEn} (${round + 1})` }));
  }

  const named = new Set(namedInstitutions.map((term) => term.name));
  return {
    rows,
    byId: new Map(rows.map((row) => [row.id, row])),
    byAbbreviation: new Map(rows.filter((row) => row.abbreviation).map((row) => [row.abbreviation!, row])),
    buyers: new Weighted(rows, (row) => BUYING_WEIGHT[row.type] * (named.has(row.name) ? 1.5 : 1)),
  };
}

// ---------------------------------------------------------------------------------------------------
// Companies

interface Company {
  row: CompanyRow;
  /** The field most of its products are in; its name suits it. */
  field: ProductField;
  /** Letters its model numbers start with (Hanbit Tech → HT). */
  modelPrefix: string;
}

/** How often each field occurs among designated products, per designating agency. */
const FIELD_WEIGHTS: Record<Agency, Partial<Record<ProductField, number>>> = {
  MOTIE: { ELECTRICAL: 14, ELECTRONIC: 18, MECHANICAL: 18, BIO: 10, CHEMICAL: 8, MATERIALS: 10, ENERGY: 10, ICT: 9, OTHER: 3 },
  MSS: { ELECTRICAL: 10, ELECTRONIC: 15, MECHANICAL: 15, BIO: 10, CHEMICAL: 7, MATERIALS: 7, ENERGY: 6, ICT: 20, OTHER: 10 },
  PPS: { ELECTRICAL: 10, ELECTRONIC: 15, MECHANICAL: 12, BIO: 8, CHEMICAL: 8, MATERIALS: 10, ENERGY: 8, ICT: 20, OTHER: 9 },
  MSIT: { ELECTRONIC: 40, ICT: 60 },
  ME: { ELECTRONIC: 40, CHEMICAL: 30, ENERGY: 30 },
  MOLIT: { MECHANICAL: 30, MATERIALS: 40, ICT: 30 },
};

const fieldPicker = (agency: Agency) => new Weighted(allFields, (field) => FIELD_WEIGHTS[agency][field] ?? 0);

function generateCompanies(random: Random, scale: number): Company[] {
  const count = 250 * scale;
  const fields = fieldPicker("MOTIE");
  const sizes = new Weighted(companySizes, (entry) => entry.weight);
  const regionPicker = new Weighted(regions, (region) => region.companyWeight);
  const usedNames = new Set<string>();
  const usedNumbers = new Set<string>();
  const companies: Company[] = [];

  const stem = (): Term => {
    const first = random.pick(companyFirstSyllables);
    let second = random.pick(companySecondSyllables);
    while (second.name === first.name) second = random.pick(companySecondSyllables);
    return { name: first.name + second.name, nameEn: first.nameEn + second.nameEn };
  };

  while (companies.length < count) {
    const field = fields.pick(random);
    const suffix = random.chance(0.5) ? random.pick(productFields[field].companySuffixes) : random.pick(companySuffixes);
    let words: Term[];
    const form = random.next();
    if (form < 0.45) words = [stem()];
    else if (form < 0.6) words = [random.pick(companyWords)];
    else words = [stem(), random.pick(companyWords)];
    if (words[words.length - 1].nameEn === suffix.nameEn) continue; // "Power Power"
    let name = words.map((word) => word.name).join("") + suffix.name;
    let nameEn = [...words.map((word) => word.nameEn), suffix.nameEn].join(" ");
    if (usedNames.has(name)) {
      // Past the combinations (large scales only), a number, as real registries have.
      let n = 2;
      while (usedNames.has(`${name}${n}`)) n++;
      name = `${name}${n}`;
      nameEn = `${nameEn} ${n}`;
    }
    usedNames.add(name);

    let number: string;
    do {
      number = businessRegistrationNumber(`${random.int(101, 899)}${random.pick(["81", "86", "87", "88"])}${random.digits(4)}`);
    } while (usedNumbers.has(number));
    usedNumbers.add(number);

    const legalForm = random.pick(companyLegalForms);
    const initials = nameEn
      .replace(/[^A-Za-z ]/g, " ")
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => word[0].toUpperCase());
    companies.push({
      row: {
        id: random.uuid(),
        name: legalForm.format(name),
        nameEn: legalForm.formatEn(nameEn),
        businessRegistrationNumber: number,
        size: sizes.pick(random).size,
        region: regionPicker.pick(random).name,
      },
      field,
      modelPrefix: initials.slice(0, 3).join("").padEnd(2, "X"),
    });
  }
  return companies;
}

// ---------------------------------------------------------------------------------------------------
// Rounds, products, applications

/** Products each agency designates per year, per unit of scale. MOTIE's 2020–2024 add up to 313. */
const DESIGNATIONS: Record<Agency, Record<number, number>> = {
  MOTIE: { 2020: 40, 2021: 55, 2022: 68, 2023: 72, 2024: 78, 2025: 60 },
  MSS: { 2020: 15, 2021: 25, 2022: 30, 2023: 30, 2024: 30, 2025: 20 },
  PPS: { 2020: 10, 2021: 14, 2022: 16, 2023: 15, 2024: 15, 2025: 10 },
  MSIT: { 2022: 3, 2023: 3, 2024: 2 },
  ME: { 2023: 3, 2024: 3 },
  MOLIT: { 2023: 2, 2024: 4 },
};
/** Applications turned down per product designated. */
const REJECTIONS_PER_DESIGNATION = 0.7;
/** MOTIE's 2025 round still has applications under evaluation, per unit of scale. */
const MOTIE_2025_PENDING: Partial<Record<ApplicationStage, number>> = {
  SUBMITTED: 8,
  DOCUMENT_REVIEW: 10,
  TECHNICAL_EVALUATION: 10,
  FINAL_DELIBERATION: 6,
};
/** Share of non-MOTIE products whose designation was later revoked. */
const REVOCATION_RATE = 0.03;

interface Product {
  row: ProductRow;
  /** Days: designated, last day of validity (designation + 3 years), revoked (Infinity if never). */
  firstDay: number;
  validUntilDay: number;
  revokedDay: number;
}

interface Designations {
  rounds: DesignationRoundRow[];
  products: Product[];
  applications: DesignationApplicationRow[];
}

function generateDesignations(random: Random, scale: number, companies: Company[]): Designations {
  const rounds: DesignationRoundRow[] = [];
  const products: Product[] = [];
  const applications: DesignationApplicationRow[] = [];
  const itemNumbers = new Set<string>();
  const companyWeights = new Map(companies.map((company) => [company, random.logNormal(1, 0.9)]));
  const anyCompany = new Weighted(companies, (company) => companyWeights.get(company)!);
  const companiesByField = new Map(
    allFields.map((field) => [
      field,
      new Weighted(
        companies.filter((company) => company.field === field),
        (company) => companyWeights.get(company)!,
      ),
    ]),
  );

  const productName = (company: Company, field: ProductField) => {
    const vocabulary = productFields[field];
    const kind = random.pick(vocabulary.kinds);
    const modifier = random.pick(vocabulary.modifiers);
    const model = `${company.modelPrefix}-${random.int(10, 99) * 10}`;
    return { kind, name: `${modifier.name} ${kind.name} ${model}`, nameEn: `${modifier.nameEn} ${kind.nameEn} ${model}` };
  };

  for (const agency of Object.keys(DESIGNATIONS) as Agency[]) {
    const fields = fieldPicker(agency);
    for (const [yearKey, perScale] of Object.entries(DESIGNATIONS[agency])) {
      const year = Number(yearKey);
      const isMotie2025 = agency === "MOTIE" && year === 2025;
      const opensDay = isMotie2025 ? dayOf(MOTIE_2025_ROUND.opensOn) : dayOf(`${year}-02-10`) + random.int(0, 64);
      const closesDay = isMotie2025 ? dayOf(MOTIE_2025_ROUND.closesOn) : opensDay + random.int(27, 34);
      const round: DesignationRoundRow = {
        id: random.uuid(),
        agency,
        year,
        title: roundTitle(agency, year),
        opensOn: dateOf(opensDay),
        closesOn: dateOf(closesDay),
      };
      rounds.push(round);
      const submittedOn = () => dateOf(random.int(opensDay, closesDay));
      /** An application in this round; its random draws come in a fixed order (id, date, then any scores). */
      const applicationRow = (
        company: Company,
        field: ProductField,
        product: { name: string; nameEn: string },
        stage: ApplicationStage,
        scores: { innovativeness: [number, number]; others: [number, number] } | null,
        productId: string | null,
      ): DesignationApplicationRow => ({
        id: random.uuid(),
        roundId: round.id,
        companyId: company.row.id,
        productName: product.name,
        productNameEn: product.nameEn,
        field,
        stage,
        submittedOn: submittedOn(),
        innovativenessScore: scores ? score(random, ...scores.innovativeness) : null,
        marketabilityScore: scores ? score(random, ...scores.others) : null,
        publicValueScore: scores ? score(random, ...scores.others) : null,
        productId,
      });

      // Designations come out in two batches after evaluation; MOTIE's 2025 ones in July 2025.
      const yearEnd = Math.min(dayOf(`${year}-12-15`), AS_OF_DAY - 45);
      const batches = isMotie2025
        ? [dayOf("2025-07-01") + random.int(0, 14), dayOf("2025-07-16") + random.int(0, 14)]
        : [Math.min(yearEnd, closesDay + random.int(75, 110)), Math.min(yearEnd, closesDay + random.int(130, 190))];

      const designated: Array<{ company: Company; field: ProductField; day: number }> = [];
      for (let i = 0; i < perScale * scale; i++) {
        const field = fields.pick(random);
        const specialists = companiesByField.get(field)!;
        const company = random.chance(0.8) && specialists.items.length > 0 ? specialists.pick(random) : anyCompany.pick(random);
        designated.push({ company, field, day: random.chance(0.6) ? batches[0] : batches[1] });
      }
      designated.sort((a, b) => a.day - b.day);

      designated.forEach(({ company, field, day }, index) => {
        const { kind, name, nameEn } = productName(company, field);
        const vocabulary = productFields[field];
        let itemNumber: string;
        do itemNumber = `${kind.itemClass}-${String(year).slice(2)}${random.digits(6)}`;
        while (itemNumbers.has(itemNumber));
        itemNumbers.add(itemNumber);

        const validUntilDay = dayOf(addYears(dateOf(day), 3));
        const revoked = agency !== "MOTIE" && random.chance(REVOCATION_RATE) && Math.min(validUntilDay, AS_OF_DAY) - day > 150;
        const revokedDay = revoked ? random.int(day + 120, Math.min(validUntilDay, AS_OF_DAY) - 1) : null;
        const benefits: ProcurementBenefit[] =
          agency === "PPS" || random.chance(0.8)
            ? ["NEGOTIATED_CONTRACT", "PURCHASE_TARGET", "PILOT_PURCHASE", "LIABILITY_EXEMPTION"]
            : ["NEGOTIATED_CONTRACT", "PURCHASE_TARGET", "LIABILITY_EXEMPTION"];
        const [first, second] = random.sample(vocabulary.features, 2);
        const description =
          `${first.name}${particle(first.name, "과", "와")} ${second.name}${particle(second.name, "을", "를")} 갖춘 ${kind.name}. ` +
          `정부 연구개발(R&D) 지원으로 개발해 공공기관 현장에 바로 쓸 수 있습니다. ` +
          `${kind.nameEn} with ${first.nameEn} and ${second.nameEn}, developed with government R&D funding and ready for use in the public sector.`;

        const row: ProductRow = {
          id: random.uuid(),
          designationNumber: `${agency}-${year}-${String(index + 1).padStart(4, "0")}`,
          name,
          nameEn,
          description,
          companyId: company.row.id,
          field,
          designatingAgency: agency,
          designatedOn: dateOf(day),
          revokedOn: revokedDay === null ? null : dateOf(revokedDay),
          procurementItemNumber: itemNumber,
          unitPrice: roundPrice(random.logUniform(kind.unitPrice[0], kind.unitPrice[1])),
          benefits,
        };
        products.push({ row, firstDay: day, validUntilDay, revokedDay: revokedDay ?? Infinity });
        applications.push(
          applicationRow(company, field, { name, nameEn }, "DESIGNATED", { innovativeness: [72, 98], others: [68, 97] }, row.id),
        );
      });

      const application = (stage: ApplicationStage, scored: boolean, low: number, high: number): DesignationApplicationRow => {
        const field = fields.pick(random);
        const company = anyCompany.pick(random);
        const range: [number, number] = [low, high];
        return applicationRow(
          company,
          field,
          productName(company, field),
          stage,
          scored ? { innovativeness: range, others: range } : null,
          null,
        );
      };
      // Half the rejections come at document review, before any scoring.
      for (let i = 0; i < Math.round(perScale * scale * REJECTIONS_PER_DESIGNATION); i++)
        applications.push(application("REJECTED", random.chance(0.5), 35, 74));
      if (isMotie2025) {
        for (const [stage, count] of Object.entries(MOTIE_2025_PENDING) as Array<[ApplicationStage, number]>) {
          const scored = stage === "TECHNICAL_EVALUATION" || stage === "FINAL_DELIBERATION";
          for (let i = 0; i < count * scale; i++) applications.push(application(stage, scored, 55, 95));
        }
      }
    }
  }

  const roundOrder = new Map(rounds.map((round, index) => [round.id, index]));
  applications.sort((a, b) => roundOrder.get(a.roundId)! - roundOrder.get(b.roundId)! || compareText(a.submittedOn, b.submittedOn));
  return { rounds, products, applications };
}

// ---------------------------------------------------------------------------------------------------
// Purchases

/** Most purchases per product from its popularity alone: with KTL's below, a product's purchases fit one page of 100. */
const MAX_PURCHASES_PER_PRODUCT = 95;
/** KTL's own 2025 purchases of MOTIE products (testing and research equipment). */
const KTL_2025_PURCHASES = 6;

/** The last day a product can be bought at all: before any revocation, and not after the snapshot's last contract. */
const lastPurchaseDay = (product: Product) => Math.min(LAST_PURCHASE_DAY, product.revokedDay - 1);
/** Whether the designation is in force on a day (for a negotiated contract, a pilot purchase, a support application). */
const isDesignatedOn = (product: Product, day: number) =>
  product.firstDay <= day && day <= product.validUntilDay && day < product.revokedDay;

function generatePurchases(random: Random, scale: number, products: Product[], institutions: Institutions): PurchaseRow[] {
  // Drafted as columns, made into rows once the amounts are final (each row object is built once).
  const drafts = {
    product: [] as Product[],
    institution: [] as InstitutionRow[],
    method: [] as PurchaseMethod[],
    day: [] as number[],
    quantity: [] as number[],
  };
  const draft = (product: Product, institution: InstitutionRow, method: PurchaseMethod, day: number) => {
    // A contract worth tens of millions to a few billion won, in whole units of the product.
    const wanted = Math.min(4_500_000_000, Math.max(15_000_000, random.logNormal(95_000_000, 1)));
    drafts.product.push(product);
    drafts.institution.push(institution);
    drafts.method.push(method);
    drafts.day.push(day);
    drafts.quantity.push(Math.max(1, Math.round(wanted / product.row.unitPrice)));
  };

  for (const product of products) {
    const { firstDay } = product;
    const lastDay = lastPurchaseDay(product);
    if (lastDay < firstDay || random.chance(0.08)) continue; // some designated products never sell
    const validLastDay = Math.min(product.validUntilDay, lastDay);
    const years = (lastDay - firstDay + 1) / 365;
    const perYear = product.row.designatingAgency === "MOTIE" ? 3 : 2;
    const count = Math.min(MAX_PURCHASES_PER_PRODUCT, Math.round(random.logNormal(1, 0.8) * years * perYear));
    const pilot = product.row.benefits.includes("PILOT_PURCHASE");
    const pilotShare = product.row.designatingAgency === "PPS" ? 0.5 : 0.15;
    for (let i = 0; i < count; i++) {
      // Negotiated contracts and pilot purchases only while the designation is valid; bids any time.
      const roll = random.next();
      const method: PurchaseMethod =
        roll < 0.68
          ? "NEGOTIATED_CONTRACT"
          : pilot && roll < 0.68 + pilotShare
            ? "PILOT_PURCHASE"
            : random.chance(0.7)
              ? "COMPETITIVE_BID"
              : "OTHER";
      const day = random.int(firstDay, method === "NEGOTIATED_CONTRACT" || method === "PILOT_PURCHASE" ? validLastDay : lastDay);
      draft(product, institutions.buyers.pick(random), method, day);
    }
  }

  // KTL buys testing and research equipment in 2025, so its 2025 purchase target shows progress.
  const ktl = institutions.byAbbreviation.get(KTL_ABBREVIATION)!;
  const from = dayOf("2025-03-04");
  const equipment = products.filter(
    (product) =>
      product.row.designatingAgency === "MOTIE" &&
      ["ELECTRICAL", "ELECTRONIC", "MECHANICAL", "BIO"].includes(product.row.field) &&
      Math.min(product.validUntilDay, lastPurchaseDay(product)) >= Math.max(from, product.firstDay),
  );
  // Distinct products: one more purchase each at most, so no product reaches 100.
  for (const product of random.sample(equipment, KTL_2025_PURCHASES)) {
    const day = random.int(Math.max(from, product.firstDay), Math.min(product.validUntilDay, lastPurchaseDay(product)));
    draft(product, ktl, "NEGOTIATED_CONTRACT", day);
  }

  // MOTIE's purchases through 2024 must total the published figure exactly: scale quantities to come
  // close, then prices (a few percent either way, as negotiated contracts do), then put the last few
  // thousand won on the largest contract. Every other purchase is bought a little under list price.
  const { quantity } = drafts;
  const unitPrice = (index: number) => drafts.product[index].row.unitPrice;
  const counted: number[] = [];
  drafts.product.forEach((product, index) => {
    if (product.row.designatingAgency === "MOTIE" && drafts.day[index] <= END_OF_2024) counted.push(index);
  });
  const published = MOTIE_PROCUREMENT_THROUGH_2024 * scale;
  const listTotal = () => counted.reduce((sum, index) => sum + quantity[index] * unitPrice(index), 0);
  const quantityFactor = published / listTotal();
  for (const index of counted) quantity[index] = Math.max(1, Math.round(quantity[index] * quantityFactor));
  const priceFactor = published / listTotal();
  const amounts = quantity.map((units, index) => roundTo(units * unitPrice(index) * random.between(0.88, 1), 1_000));
  for (const index of counted) amounts[index] = roundTo(quantity[index] * unitPrice(index) * priceFactor, 1_000);
  const largest = counted.reduce((a, b) => (amounts[b] > amounts[a] ? b : a));
  amounts[largest] += published - counted.reduce((sum, index) => sum + amounts[index], 0);

  return drafts.product.map((product, index) => ({
    id: random.uuid(),
    institutionId: drafts.institution[index].id,
    productId: product.row.id,
    productAgency: product.row.designatingAgency,
    quantity: quantity[index],
    amount: amounts[index],
    method: drafts.method[index],
    contractedOn: dateOf(drafts.day[index]),
  }));
}

// ---------------------------------------------------------------------------------------------------
// Lead buyers and purchase targets

/** Those that follow KTL's lead later in 2025 (public corporations under MOTIE). */
const LATER_LEAD_BUYERS = ["KOEN", "KEPCO", "KICOX", "KOGAS", "KEA"];

const KTL_PLEDGE =
  "한국산업기술시험원은 중소·중견기업이 개발한 시험·연구장비 등 혁신제품을 먼저 사서 시험 현장에서 쓰고, " +
  "그 경험을 나눠 우수한 제품을 만드는 기업이 공공시장에서 자랄 수 있도록 앞장서겠습니다. " +
  "KTL will be first to buy innovative products made by small, medium and mid-sized companies, such as testing and " +
  "research equipment, put them to work in its own laboratories, and share what it learns, so that the companies " +
  "making good products can grow in the public market.";

const pledges: ReadonlyArray<(institution: InstitutionRow) => string> = [
  (institution) =>
    `${institution.name}${particle(institution.name, "은", "는")} 중소·중견기업의 혁신제품을 구매 검토 단계에서 우선 살피고 구매 목표를 높여 공공 판로를 넓히겠습니다. ` +
    `${institution.nameEn} will look first at innovative products from small, medium and mid-sized companies whenever it plans a purchase, and will raise its purchase target to widen their public market.`,
  (institution) =>
    `${institution.name}${particle(institution.name, "은", "는")} 혁신제품을 현장에 먼저 도입해 성능을 검증하고, 그 결과를 다른 공공기관과 나누겠습니다. ` +
    `${institution.nameEn} will be an early adopter of innovative products in its own operations, prove how they perform, and share the results with other public bodies.`,
  (institution) =>
    `${institution.name}${particle(institution.name, "은", "는")} 구매 담당자가 면책 제도를 믿고 혁신제품을 선택할 수 있도록 내부 절차를 고치고, 생산기업과 상생 협력하겠습니다. ` +
    `${institution.nameEn} will change its internal procedures so that buyers can choose innovative products with confidence in the liability exemption, and will work hand in hand with the companies that make them.`,
];

function generateLeadBuyers(random: Random, institutions: Institutions): LeadBuyerDeclarationRow[] {
  const ktl = institutions.byAbbreviation.get(KTL_ABBREVIATION)!;
  const declarations: LeadBuyerDeclarationRow[] = [
    {
      institutionId: ktl.id,
      declaredOn: KTL_DECLARED_ON,
      venue: "한국산업기술시험원 진주 본원 (KTL headquarters, Jinju)",
      pledge: KTL_PLEDGE,
    },
  ];
  const days = new Set<number>();
  while (days.size < LATER_LEAD_BUYERS.length) days.add(random.int(dayOf("2025-03-20"), dayOf("2025-10-31")));
  const sortedDays = [...days].sort((a, b) => a - b);
  LATER_LEAD_BUYERS.forEach((abbreviation, index) => {
    const institution = institutions.byAbbreviation.get(abbreviation)!;
    declarations.push({
      institutionId: institution.id,
      declaredOn: dateOf(sortedDays[index]),
      venue: `${institution.name} 본사 대회의실 (${institution.nameEn} headquarters)`,
      pledge: random.pick(pledges)(institution),
    });
  });
  return declarations;
}

/** Institutions with purchase targets besides the lead buyers, per unit of scale. */
const OTHER_TARGETED_INSTITUTIONS = 24;

function generatePurchaseTargets(
  random: Random,
  scale: number,
  institutions: Institutions,
  leadBuyers: LeadBuyerDeclarationRow[],
  purchases: PurchaseRow[],
): PurchaseTargetRow[] {
  // What each institution bought in 2024 and in 2025.
  const spent = new Map<string, [number, number]>();
  for (const purchase of purchases) {
    const year = Number(purchase.contractedOn.slice(0, 4));
    if (year !== 2024 && year !== 2025) continue;
    let totals = spent.get(purchase.institutionId);
    if (!totals) spent.set(purchase.institutionId, (totals = [0, 0]));
    totals[year - 2024] += purchase.amount;
  }
  const leaders = new Set(leadBuyers.map((declaration) => declaration.institutionId));
  const others = random.sample(
    institutions.rows.filter((row) => !leaders.has(row.id) && (spent.get(row.id)?.[0] ?? 0) > 0),
    OTHER_TARGETED_INSTITUTIONS * scale,
  );
  // Targets are set ahead from what the institution bought before, rounded to ten million won.
  const targets: PurchaseTargetRow[] = [];
  for (const institutionId of [...leaders, ...others.map((row) => row.id)]) {
    const [bought2024, bought2025] = spent.get(institutionId) ?? [0, 0];
    const target2024 = roundTo(Math.max(100_000_000, bought2024 * random.between(0.75, 1.35)), 10_000_000);
    const target2025 = roundTo(Math.max(100_000_000, Math.max(bought2024, bought2025) * random.between(1, 1.5)), 10_000_000);
    targets.push({ id: random.uuid(), institutionId, year: 2024, targetAmount: target2024 });
    targets.push({ id: random.uuid(), institutionId, year: 2025, targetAmount: target2025 });
  }
  return targets;
}

// ---------------------------------------------------------------------------------------------------
// Certification support and certificates

interface ProgramPlan {
  operator: string;
  name: string;
  nameEn: string;
  year: number;
  scope: CertificationProgramRow["scope"];
  schemes: CertificationScheme[];
  perProductCeiling: number;
  /** Per unit of scale: a larger dataset has proportionally more products to support. */
  budget: number;
  opensOn: string;
  closesOn: string;
  /** Applications per unit of scale. */
  applications: number;
  statusWeights: Partial<Record<SupportApplicationStatus, number>>;
}

const PROGRAMS: readonly ProgramPlan[] = [
  {
    operator: KTL_ABBREVIATION,
    name: "혁신제품 해외 인증 지원사업",
    nameEn: "Innovative Product Overseas Certification Support",
    year: 2024,
    scope: ["INTERNATIONAL"],
    schemes: ["CE", "UL", "FCC", "CB", "CCC", "PSE"],
    perProductCeiling: 20_000_000,
    budget: 800_000_000,
    opensOn: "2024-05-02",
    closesOn: "2024-09-30",
    applications: 60,
    statusWeights: { APPROVED: 2, TESTING: 8, CERTIFIED: 50, REJECTED: 25, WITHDRAWN: 15 },
  },
  {
    operator: KTL_ABBREVIATION,
    ...CERTIFICATION_PACKAGE,
    year: 2025,
    scope: ["DOMESTIC", "INTERNATIONAL"],
    schemes: ["KC", "KS", "CE", "UL", "FCC", "CB"],
    perProductCeiling: 30_000_000,
    budget: 1_500_000_000,
    opensOn: "2025-04-01",
    closesOn: "2025-10-31",
    applications: 100,
    statusWeights: { APPLIED: 18, APPROVED: 17, TESTING: 25, CERTIFIED: 15, REJECTED: 15, WITHDRAWN: 10 },
  },
  {
    operator: "KTR",
    name: "혁신제품 국내 인증 지원사업",
    nameEn: "Innovative Product Domestic Certification Support",
    year: 2025,
    scope: ["DOMESTIC"],
    schemes: ["KC", "KS"],
    perProductCeiling: 15_000_000,
    budget: 450_000_000,
    opensOn: "2025-03-17",
    closesOn: "2025-09-30",
    applications: 30,
    statusWeights: { APPLIED: 5, APPROVED: 15, TESTING: 20, CERTIFIED: 35, REJECTED: 15, WITHDRAWN: 10 },
  },
];

const ACTIVE_SUPPORT: ReadonlySet<SupportApplicationStatus> = new Set(["APPLIED", "APPROVED", "TESTING", "CERTIFIED"]);
const APPROVED_SUPPORT: ReadonlySet<SupportApplicationStatus> = new Set(["APPROVED", "TESTING", "CERTIFIED"]);
/** Share of products holding certificates obtained on their own, outside any support program. */
const SELF_CERTIFIED_SHARE = 0.45;

function generateCertifications(random: Random, scale: number, products: Product[], institutions: Institutions): Dataset["certifications"] {
  const programs: CertificationProgramRow[] = [];
  const applications: SupportApplicationRow[] = [];
  const certificates: CertificateRow[] = [];
  const activePairs = new Set<string>();
  const certifiedPairs = new Set<string>();
  const certificateNumbers = new Set<string>();
  const motieProducts = products.filter((product) => product.row.designatingAgency === "MOTIE");
  const productById = new Map(products.map((product) => [product.row.id, product]));

  const issueCertificate = (product: Product, scheme: CertificationScheme, issuedDay: number, preferredIssuer?: string) => {
    const issuers = schemeIssuers[scheme];
    const { issuer, code } = issuers.find((entry) => entry.issuer === preferredIssuer) ?? random.pick(issuers);
    const issuedOn = dateOf(issuedDay);
    let number: string;
    do number = `${code}-${scheme}-${issuedOn.slice(2, 4)}-${random.digits(6)}`;
    while (certificateNumbers.has(number));
    certificateNumbers.add(number);
    const years = schemeValidityYears[scheme];
    certificates.push({
      id: random.uuid(),
      productId: product.row.id,
      scheme,
      number,
      issuer,
      issuedOn,
      expiresOn: years === null ? null : addYears(issuedOn, years),
      market: SCHEME_MARKETS[scheme],
    });
    certifiedPairs.add(`${product.row.id}|${scheme}`);
  };

  for (const plan of PROGRAMS) {
    const operator = institutions.byAbbreviation.get(plan.operator)!;
    const program: CertificationProgramRow = {
      id: random.uuid(),
      name: plan.name,
      nameEn: plan.nameEn,
      operatorInstitutionId: operator.id,
      year: plan.year,
      scope: plan.scope,
      schemes: plan.schemes,
      perProductCeiling: plan.perProductCeiling,
      budget: plan.budget * scale,
      applicationOpensOn: plan.opensOn,
      applicationClosesOn: plan.closesOn,
    };
    programs.push(program);
    const statuses = new Weighted(Object.keys(plan.statusWeights) as SupportApplicationStatus[], (status) => plan.statusWeights[status]!);
    const opens = dayOf(plan.opensOn);
    const closes = Math.min(dayOf(plan.closesOn), AS_OF_DAY);

    const drafts: SupportApplicationRow[] = [];
    for (let i = 0; i < plan.applications * scale; i++) {
      const status = statuses.pick(random);
      // Late applicants still wait; certification takes months after approval; other decisions weeks.
      const [from, to] =
        status === "APPLIED"
          ? [Math.max(opens, closes - 40), closes]
          : status === "CERTIFIED"
            ? [opens, Math.min(closes, AS_OF_DAY - 120)]
            : [opens, Math.min(closes, AS_OF_DAY - 30)];
      const appliedDay = random.int(from, to);
      for (let attempt = 0; attempt < 20; attempt++) {
        const product = random.pick(random.chance(0.85) ? motieProducts : products);
        const schemes = productFields[product.row.field].schemes.filter((scheme) => plan.schemes.includes(scheme));
        if (schemes.length === 0 || appliedDay <= product.firstDay || !isDesignatedOn(product, appliedDay)) continue;
        const scheme = random.pick(schemes);
        const pair = `${product.row.id}|${scheme}`;
        if (activePairs.has(pair) || certifiedPairs.has(pair)) continue;
        if (ACTIVE_SUPPORT.has(status)) activePairs.add(pair);
        const decided = status !== "APPLIED" && status !== "WITHDRAWN";
        drafts.push({
          id: random.uuid(),
          programId: program.id,
          productId: product.row.id,
          scheme,
          status,
          requestedAmount: roundTo(random.between(3_000_000, plan.perProductCeiling), 100_000),
          supportAmount: null,
          appliedOn: dateOf(appliedDay),
          decidedOn: decided ? dateOf(Math.min(AS_OF_DAY - 1, appliedDay + random.int(10, 28))) : null,
        });
        break;
      }
    }

    // Approvals in the order they were decided, each within what the product and the budget have left;
    // one the budget can no longer cover is turned down.
    drafts.sort((a, b) => compareText(a.decidedOn ?? a.appliedOn, b.decidedOn ?? b.appliedOn));
    let committed = 0;
    const perProduct = new Map<string, number>();
    for (const application of drafts) {
      if (!APPROVED_SUPPORT.has(application.status)) continue;
      const used = perProduct.get(application.productId) ?? 0;
      const amount = Math.min(
        Math.floor((application.requestedAmount * random.between(0.7, 1)) / 10_000) * 10_000,
        program.perProductCeiling - used,
        program.budget - committed,
      );
      if (amount < 1_000_000) {
        application.status = "REJECTED";
        continue;
      }
      application.supportAmount = amount;
      committed += amount;
      perProduct.set(application.productId, used + amount);
      if (application.status === "CERTIFIED") {
        issueCertificate(
          productById.get(application.productId)!,
          application.scheme,
          Math.min(AS_OF_DAY, dayOf(application.decidedOn!) + random.int(30, 90)),
          plan.operator,
        );
      }
    }
    drafts.sort((a, b) => compareText(a.appliedOn, b.appliedOn));
    applications.push(...drafts);
  }

  // Certificates products obtained on their own, mostly domestic, some before designation.
  for (const product of products) {
    if (!random.chance(SELF_CERTIFIED_SHARE)) continue;
    const options = productFields[product.row.field].schemes.filter((scheme) => !activePairs.has(`${product.row.id}|${scheme}`));
    const schemes = new Set(options.filter((scheme) => SCHEME_MARKETS[scheme] === "KR" || random.chance(0.35)).slice(0, random.int(1, 3)));
    if (["ELECTRICAL", "ELECTRONIC", "ENERGY"].includes(product.row.field) && random.chance(0.1))
      schemes.add(random.pick(["CCC", "PSE"] as const));
    for (const scheme of schemes) {
      if (certifiedPairs.has(`${product.row.id}|${scheme}`)) continue;
      issueCertificate(product, scheme, random.int(product.firstDay - 730, Math.min(AS_OF_DAY, product.revokedDay - 1)));
    }
  }

  return { programs, applications, certificates };
}

// ---------------------------------------------------------------------------------------------------
// Exhibitions and consultation meetings

interface EventPlan {
  title: string;
  titleEn: string;
  kind: EventKind;
  venue: string;
  city: string;
  /** Local (KST) date-times. */
  starts: string;
  ends: string;
  organizer: string;
  /** Booths (per unit of scale) or seats; null when unlimited. */
  capacity: number | null;
  capacityScales: boolean;
  /** Exhibitors per unit of scale, drawn from the products valid on the day… */
  exhibitors: number;
  /** …or from the exhibitors of this event (a consultation fair alongside an exhibition). */
  exhibitorsFrom?: string;
  /** Only MOTIE products, or any agency's. */
  motieOnly: boolean;
  /** Meetings per unit of scale, at a consultation fair. */
  meetings: number;
  /** Meetings each lead buyer books (whatever the scale), at the fairs lead buyers attend. */
  leadBuyerMeetings?: { ktl: number; others: number };
}

const MOTIE_KIAT = "산업통상자원부 · 한국산업기술진흥원 (MOTIE · KIAT)";

const EVENTS: readonly EventPlan[] = [
  {
    title: "2024 기술사업화 대전",
    titleEn: "2024 Technology Commercialization Fair",
    kind: "EXHIBITION",
    venue: "aT센터 제1전시장 (aT Center Exhibition Hall 1)",
    city: "서울특별시",
    starts: "2024-11-20T10:00",
    ends: "2024-11-22T17:00",
    organizer: MOTIE_KIAT,
    capacity: 120,
    capacityScales: true,
    exhibitors: 70,
    motieOnly: true,
    meetings: 0,
  },
  {
    title: "2024 혁신제품 구매상담회",
    titleEn: "2024 Innovative Product Purchase Consultation Fair",
    kind: "CONSULTATION_FAIR",
    venue: "aT센터 컨퍼런스홀 (aT Center Conference Hall)",
    city: "서울특별시",
    starts: "2024-11-20T10:00",
    ends: "2024-11-22T17:00",
    organizer: MOTIE_KIAT,
    capacity: 60,
    capacityScales: true,
    exhibitors: 40,
    exhibitorsFrom: "2024 Technology Commercialization Fair",
    motieOnly: true,
    meetings: 90,
  },
  {
    title: "2025 혁신제품 공공구매 설명회 (상반기)",
    titleEn: "2025 Public Procurement Briefing on Innovative Products (First Half)",
    kind: "PROCUREMENT_BRIEFING",
    venue: "정부대전청사 대강당 (Government Complex Daejeon, Main Auditorium)",
    city: "대전광역시",
    starts: "2025-03-13T14:00",
    ends: "2025-03-13T17:00",
    organizer: "조달청 · 한국산업기술진흥원 (PPS · KIAT)",
    capacity: 400,
    capacityScales: false,
    exhibitors: 0,
    motieOnly: false,
    meetings: 0,
  },
  {
    title: "2025 공공조달 박람회",
    titleEn: "2025 Korea Public Procurement Expo",
    kind: "EXHIBITION",
    venue: "킨텍스 제2전시장 (KINTEX Exhibition Center 2)",
    city: "고양시",
    starts: "2025-05-21T10:00",
    ends: "2025-05-23T17:00",
    organizer: "조달청 (PPS)",
    capacity: 100,
    capacityScales: true,
    exhibitors: 60,
    motieOnly: false,
    meetings: 0,
  },
  {
    title: "2025 경남 혁신제품 구매상담회",
    titleEn: "2025 Gyeongnam Innovative Product Purchase Consultation Fair",
    kind: "CONSULTATION_FAIR",
    venue: "한국산업기술시험원 진주 본원 대강당 (KTL headquarters auditorium, Jinju)",
    city: "진주시",
    starts: "2025-06-25T10:00",
    ends: "2025-06-25T17:00",
    organizer: "산업통상자원부 · 한국산업기술시험원 (MOTIE · KTL)",
    capacity: 30,
    capacityScales: true,
    exhibitors: 25,
    motieOnly: true,
    meetings: 40,
    leadBuyerMeetings: { ktl: 4, others: 0 },
  },
  {
    ...TECHNOLOGY_FAIR_2025,
    kind: "EXHIBITION",
    venue: "코엑스 C홀 (COEX Hall C)",
    city: "서울특별시",
    starts: "2025-11-19T10:00",
    ends: "2025-11-21T17:00",
    organizer: MOTIE_KIAT,
    capacity: 120,
    capacityScales: true,
    exhibitors: 80,
    motieOnly: true,
    meetings: 0,
  },
  {
    ...CONSULTATION_FAIR_2025,
    kind: "CONSULTATION_FAIR",
    venue: "코엑스 컨퍼런스룸 E (COEX Conference Room E)",
    city: "서울특별시",
    starts: "2025-11-19T10:00",
    ends: "2025-11-21T17:00",
    organizer: MOTIE_KIAT,
    capacity: 60,
    capacityScales: true,
    exhibitors: 50,
    exhibitorsFrom: TECHNOLOGY_FAIR_2025.titleEn,
    motieOnly: true,
    meetings: 150,
    leadBuyerMeetings: { ktl: 6, others: 3 },
  },
  {
    ...PROCUREMENT_BRIEFING_2025,
    kind: "PROCUREMENT_BRIEFING",
    venue: "코엑스 컨퍼런스룸 300 (COEX Conference Room 300)",
    city: "서울특별시",
    starts: "2025-11-19T14:00",
    ends: "2025-11-21T16:00",
    organizer: MOTIE_KIAT,
    capacity: 300,
    capacityScales: false,
    exhibitors: 0,
    motieOnly: false,
    meetings: 0,
  },
];

const KST = "+09:00";
/** Meetings run in 30-minute slots, 10:00–12:00 and 13:00–17:00 each day of a fair. */
const SLOT_TIMES = ["10:00", "10:30", "11:00", "11:30", "13:00", "13:30", "14:00", "14:30", "15:00", "15:30", "16:00", "16:30"];
const slotEnd = (time: string) => {
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3)) + 30;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
};

/** A, B, …, Z, AA, AB, …: exhibition halls, 40 booths each. */
function booth(index: number): string {
  let hall = "";
  for (let n = Math.floor(index / 40) + 1; n > 0; n = Math.floor((n - 1) / 26)) hall = String.fromCharCode(65 + ((n - 1) % 26)) + hall;
  return `${hall}-${String((index % 40) + 1).padStart(2, "0")}`;
}

function generateExhibitions(
  random: Random,
  scale: number,
  products: Product[],
  institutions: Institutions,
  leadBuyers: LeadBuyerDeclarationRow[],
  supportApplications: SupportApplicationRow[],
): Dataset["exhibitions"] {
  const events: EventRow[] = [];
  const exhibitors: ExhibitorRow[] = [];
  const meetings: ConsultationMeetingRow[] = [];
  const exhibitorsByEvent = new Map<string, Product[]>();
  const supported = new Set(supportApplications.map((application) => application.productId));

  for (const plan of EVENTS) {
    const event: EventRow = {
      id: random.uuid(),
      title: plan.title,
      titleEn: plan.titleEn,
      kind: plan.kind,
      venue: plan.venue,
      city: plan.city,
      startsAt: `${plan.starts}:00${KST}`,
      endsAt: `${plan.ends}:00${KST}`,
      organizer: plan.organizer,
      capacity: plan.capacity === null ? null : plan.capacity * (plan.capacityScales ? scale : 1),
    };
    events.push(event);

    // Exhibitors: products designated before the event and still valid on its first day; at the 2025
    // fair, half of them are products in a certification program, which MOTIE showcases.
    const firstDay = dayOf(plan.starts.slice(0, 10));
    const lastDay = dayOf(plan.ends.slice(0, 10));
    let chosen: Product[];
    if (plan.exhibitors === 0) {
      chosen = [];
    } else if (plan.exhibitorsFrom) {
      chosen = random.sample(exhibitorsByEvent.get(plan.exhibitorsFrom)!, plan.exhibitors * scale);
    } else {
      const eligible = products.filter(
        (product) =>
          (!plan.motieOnly || product.row.designatingAgency === "MOTIE") &&
          product.firstDay <= firstDay - 14 &&
          isDesignatedOn(product, lastDay),
      );
      const showcase =
        firstDay >= dayOf("2025-01-01")
          ? random.sample(
              eligible.filter((product) => supported.has(product.row.id)),
              Math.floor((plan.exhibitors * scale) / 2),
            )
          : [];
      const showcased = new Set(showcase);
      chosen = [
        ...showcase,
        ...random.sample(
          eligible.filter((product) => !showcased.has(product)),
          plan.exhibitors * scale - showcase.length,
        ),
      ];
    }
    exhibitorsByEvent.set(plan.titleEn, chosen);
    chosen.forEach((product, index) =>
      exhibitors.push({ id: random.uuid(), eventId: event.id, productId: product.row.id, booth: booth(index) }),
    );

    if (plan.kind === "CONSULTATION_FAIR") meetings.push(...generateMeetings(random, scale, plan, event, chosen, institutions, leadBuyers));
  }

  return { events, exhibitors, meetings };
}

function generateMeetings(
  random: Random,
  scale: number,
  plan: EventPlan,
  event: EventRow,
  exhibiting: Product[],
  institutions: Institutions,
  leadBuyers: LeadBuyerDeclarationRow[],
): ConsultationMeetingRow[] {
  const days: string[] = [];
  for (let day = dayOf(plan.starts.slice(0, 10)); day <= dayOf(plan.ends.slice(0, 10)); day++) days.push(dateOf(day));
  const slots = days.flatMap((date) => SLOT_TIMES.map((time) => ({ date, time })));
  const booked = new Set<string>();
  const meetings: ConsultationMeetingRow[] = [];
  const outcomes = new Weighted<MeetingOutcome>(["NO_INTEREST", "FOLLOW_UP", "PURCHASE_INTENT"], (outcome) =>
    outcome === "FOLLOW_UP" ? 2 : 1,
  );

  /** Books one meeting for the institution; false when twelve tries found no free slot. */
  const book = (institution: InstitutionRow): boolean => {
    for (let attempt = 0; attempt < 12; attempt++) {
      const product = random.pick(exhibiting);
      const slot = random.pick(slots);
      // Meetings up to the snapshot day have happened (or were called off); later ones are still booked.
      const past = dayOf(slot.date) <= AS_OF_DAY;
      const roll = random.next();
      const status: MeetingStatus = past
        ? roll < 0.8
          ? "HELD"
          : "CANCELLED"
        : roll < 0.4
          ? "REQUESTED"
          : roll < 0.85
            ? "CONFIRMED"
            : "CANCELLED";
      // A cancelled meeting frees its slot: neither side is double-booked by the meetings that stand.
      const keys = [`p|${product.row.id}|${slot.date}|${slot.time}`, `i|${institution.id}|${slot.date}|${slot.time}`];
      if (status !== "CANCELLED") {
        if (keys.some((key) => booked.has(key))) continue;
        keys.forEach((key) => booked.add(key));
      }
      meetings.push({
        id: random.uuid(),
        eventId: event.id,
        productId: product.row.id,
        institutionId: institution.id,
        slotStartsAt: `${slot.date}T${slot.time}:00${KST}`,
        slotEndsAt: `${slot.date}T${slotEnd(slot.time)}:00${KST}`,
        status,
        outcome: status === "HELD" ? outcomes.pick(random) : null,
      });
      return true;
    }
    return false;
  };

  if (plan.leadBuyerMeetings) {
    for (const declaration of leadBuyers) {
      const institution = institutions.byId.get(declaration.institutionId)!;
      const count = institution.abbreviation === KTL_ABBREVIATION ? plan.leadBuyerMeetings.ktl : plan.leadBuyerMeetings.others;
      for (let i = 0; i < count; i++) book(institution);
    }
  }
  for (let failures = 0; meetings.length < plan.meetings * scale && failures < 1000;)
    if (!book(institutions.buyers.pick(random))) failures++;
  return meetings.sort((a, b) => compareText(a.slotStartsAt, b.slotStartsAt));
}
