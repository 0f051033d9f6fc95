/**
 * The seed dataset: plain rows for every subgraph, made by one deterministic generator (generate.ts)
 * so that references across subgraphs agree (a purchase names a product that exists, on a date when
 * its designation is valid). Each subgraph writes only its own slice, through its own data layer.
 * Property names are the entities' property names. Dates are `YYYY-MM-DD`; instants are ISO strings
 * with an offset; money is whole won.
 */

import type {
  Agency,
  ProductField,
  ProcurementBenefit,
  CompanySize,
  ApplicationStage,
  InstitutionType,
  PurchaseMethod,
  CertificationScope,
  CertificationScheme,
  Market,
  SupportApplicationStatus,
  EventKind,
  MeetingStatus,
  MeetingOutcome,
} from "../domain/enums.js";

// products
export interface CompanyRow {
  id: string;
  name: string;
  nameEn: string;
  businessRegistrationNumber: string;
  size: CompanySize;
  region: string;
}
export interface ProductRow {
  id: string;
  designationNumber: string;
  name: string;
  nameEn: string;
  description: string;
  companyId: string;
  field: ProductField;
  designatingAgency: Agency;
  designatedOn: string;
  revokedOn: string | null;
  procurementItemNumber: string;
  unitPrice: number;
  benefits: ProcurementBenefit[];
}
export interface DesignationRoundRow {
  id: string;
  agency: Agency;
  year: number;
  title: string;
  opensOn: string;
  closesOn: string;
}
export interface DesignationApplicationRow {
  id: string;
  roundId: string;
  companyId: string;
  productName: string;
  productNameEn: string;
  field: ProductField;
  stage: ApplicationStage;
  submittedOn: string;
  innovativenessScore: number | null;
  marketabilityScore: number | null;
  publicValueScore: number | null;
  /** Set when stage is DESIGNATED. */
  productId: string | null;
}

// institutions
export interface InstitutionRow {
  id: string;
  name: string;
  nameEn: string;
  abbreviation: string | null;
  type: InstitutionType;
  parentMinistry: string | null;
  region: string;
}
export interface LeadBuyerDeclarationRow {
  institutionId: string;
  declaredOn: string;
  venue: string;
  pledge: string;
}
export interface PurchaseTargetRow {
  id: string;
  institutionId: string;
  year: number;
  targetAmount: number;
}
export interface PurchaseRow {
  id: string;
  institutionId: string;
  productId: string;
  /** The product's designating agency when the contract was signed, as the products subgraph reported it. */
  productAgency: Agency;
  quantity: number;
  amount: number;
  method: PurchaseMethod;
  contractedOn: string;
}

// certifications
export interface CertificationProgramRow {
  id: string;
  name: string;
  nameEn: string;
  operatorInstitutionId: string;
  year: number;
  scope: CertificationScope[];
  schemes: CertificationScheme[];
  perProductCeiling: number;
  budget: number;
  applicationOpensOn: string;
  applicationClosesOn: string;
}
export interface SupportApplicationRow {
  id: string;
  programId: string;
  productId: string;
  scheme: CertificationScheme;
  status: SupportApplicationStatus;
  requestedAmount: number;
  /** Set once approved (APPROVED, TESTING, CERTIFIED). */
  supportAmount: number | null;
  appliedOn: string;
  decidedOn: string | null;
}
export interface CertificateRow {
  id: string;
  productId: string;
  scheme: CertificationScheme;
  number: string;
  issuer: string;
  issuedOn: string;
  expiresOn: string | null;
  market: Market;
}

// exhibitions
export interface EventRow {
  id: string;
  title: string;
  titleEn: string;
  kind: EventKind;
  venue: string;
  city: string;
  startsAt: string;
  endsAt: string;
  organizer: string;
  capacity: number | null;
}
export interface ExhibitorRow {
  id: string;
  eventId: string;
  productId: string;
  booth: string;
}
export interface ConsultationMeetingRow {
  id: string;
  eventId: string;
  productId: string;
  institutionId: string;
  slotStartsAt: string;
  slotEndsAt: string;
  status: MeetingStatus;
  outcome: MeetingOutcome | null;
}

export interface Dataset {
  products: {
    companies: CompanyRow[];
    products: ProductRow[];
    rounds: DesignationRoundRow[];
    applications: DesignationApplicationRow[];
  };
  institutions: {
    institutions: InstitutionRow[];
    leadBuyerDeclarations: LeadBuyerDeclarationRow[];
    purchaseTargets: PurchaseTargetRow[];
    purchases: PurchaseRow[];
  };
  certifications: {
    programs: CertificationProgramRow[];
    applications: SupportApplicationRow[];
    certificates: CertificateRow[];
  };
  exhibitions: {
    events: EventRow[];
    exhibitors: ExhibitorRow[];
    meetings: ConsultationMeetingRow[];
  };
}
