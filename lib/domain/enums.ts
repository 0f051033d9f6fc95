// Generated from the SDL by `npm run codegen` (codegen.ts): do not edit.
/** The ministry or agency that designates innovative products. */
export const Agency = {
  /** Ministry of Environment (환경부) */
  ME: "ME",
  /** Ministry of Land, Infrastructure and Transport (국토교통부) */
  MOLIT: "MOLIT",
  /** Ministry of Trade, Industry and Energy (산업통상자원부), through KIAT */
  MOTIE: "MOTIE",
  /** Ministry of Science and ICT (과학기술정보통신부) */
  MSIT: "MSIT",
  /** Ministry of SMEs and Startups (중소벤처기업부), through TIPA */
  MSS: "MSS",
  /** Public Procurement Service (조달청): innovation prototypes */
  PPS: "PPS",
} as const;

export type Agency = (typeof Agency)[keyof typeof Agency];
/** Stages of a designation application. Moves go forward one stage at a time; REJECTED may follow any open stage. */
export const ApplicationStage = {
  DESIGNATED: "DESIGNATED",
  DOCUMENT_REVIEW: "DOCUMENT_REVIEW",
  FINAL_DELIBERATION: "FINAL_DELIBERATION",
  REJECTED: "REJECTED",
  SUBMITTED: "SUBMITTED",
  TECHNICAL_EVALUATION: "TECHNICAL_EVALUATION",
} as const;

export type ApplicationStage = (typeof ApplicationStage)[keyof typeof ApplicationStage];
/** Certification schemes a program can support. */
export const CertificationScheme = {
  /** IECEE CB scheme */
  CB: "CB",
  /** China Compulsory Certificate */
  CCC: "CCC",
  /** EU conformity marking */
  CE: "CE",
  /** US Federal Communications Commission */
  FCC: "FCC",
  /** Korea Certification mark (safety, EMC) */
  KC: "KC",
  /** Korean Industrial Standards */
  KS: "KS",
  /** Japan PSE */
  PSE: "PSE",
  /** UL (US safety) */
  UL: "UL",
} as const;

export type CertificationScheme = (typeof CertificationScheme)[keyof typeof CertificationScheme];
export const CertificationScope = {
  DOMESTIC: "DOMESTIC",
  INTERNATIONAL: "INTERNATIONAL",
} as const;

export type CertificationScope = (typeof CertificationScope)[keyof typeof CertificationScope];
export const CompanySize = {
  /** Medium enterprise (중기업) */
  MEDIUM: "MEDIUM",
  /** Mid-sized enterprise (중견기업) */
  MID_SIZED: "MID_SIZED",
  /** Small enterprise (소기업) */
  SMALL: "SMALL",
} as const;

export type CompanySize = (typeof CompanySize)[keyof typeof CompanySize];
/** Where a designation stands. EXPIRED is derived: today is past `validUntil`. */
export const DesignationStatus = {
  DESIGNATED: "DESIGNATED",
  EXPIRED: "EXPIRED",
  REVOKED: "REVOKED",
} as const;

export type DesignationStatus = (typeof DesignationStatus)[keyof typeof DesignationStatus];
export const EventKind = {
  CONSULTATION_FAIR: "CONSULTATION_FAIR",
  EXHIBITION: "EXHIBITION",
  PROCUREMENT_BRIEFING: "PROCUREMENT_BRIEFING",
} as const;

export type EventKind = (typeof EventKind)[keyof typeof EventKind];
export const InstitutionType = {
  CENTRAL_GOVERNMENT: "CENTRAL_GOVERNMENT",
  EDUCATION: "EDUCATION",
  LOCAL_GOVERNMENT: "LOCAL_GOVERNMENT",
  OTHER: "OTHER",
  PUBLIC_INSTITUTION: "PUBLIC_INSTITUTION",
} as const;

export type InstitutionType = (typeof InstitutionType)[keyof typeof InstitutionType];
/** Where a certificate is recognised. */
export const Market = {
  CN: "CN",
  EU: "EU",
  INTERNATIONAL: "INTERNATIONAL",
  JP: "JP",
  KR: "KR",
  US: "US",
} as const;

export type Market = (typeof Market)[keyof typeof Market];
export const MeetingOutcome = {
  FOLLOW_UP: "FOLLOW_UP",
  NO_INTEREST: "NO_INTEREST",
  PURCHASE_INTENT: "PURCHASE_INTENT",
} as const;

export type MeetingOutcome = (typeof MeetingOutcome)[keyof typeof MeetingOutcome];
export const MeetingStatus = {
  CANCELLED: "CANCELLED",
  CONFIRMED: "CONFIRMED",
  HELD: "HELD",
  REQUESTED: "REQUESTED",
} as const;

export type MeetingStatus = (typeof MeetingStatus)[keyof typeof MeetingStatus];
/** What a designation lets public buyers do. */
export const ProcurementBenefit = {
  /** Officials who buy it are exempt from liability if it fails (구매면책) */
  LIABILITY_EXEMPTION: "LIABILITY_EXEMPTION",
  /** Buy through a negotiated (single-source) contract with no amount limit, while the designation is valid (수의계약) */
  NEGOTIATED_CONTRACT: "NEGOTIATED_CONTRACT",
  /** The state may pay for a pilot purchase (시범구매) */
  PILOT_PURCHASE: "PILOT_PURCHASE",
  /** Purchases count toward the buyer's innovative-product purchase target (구매목표제) */
  PURCHASE_TARGET: "PURCHASE_TARGET",
} as const;

export type ProcurementBenefit = (typeof ProcurementBenefit)[keyof typeof ProcurementBenefit];
export const ProductField = {
  BIO: "BIO",
  CHEMICAL: "CHEMICAL",
  ELECTRICAL: "ELECTRICAL",
  ELECTRONIC: "ELECTRONIC",
  ENERGY: "ENERGY",
  ICT: "ICT",
  MATERIALS: "MATERIALS",
  MECHANICAL: "MECHANICAL",
  OTHER: "OTHER",
} as const;

export type ProductField = (typeof ProductField)[keyof typeof ProductField];
export const PurchaseMethod = {
  COMPETITIVE_BID: "COMPETITIVE_BID",
  /** Single-source contract allowed for a designated product (수의계약) */
  NEGOTIATED_CONTRACT: "NEGOTIATED_CONTRACT",
  OTHER: "OTHER",
  /** A pilot purchase paid by the state (시범구매) */
  PILOT_PURCHASE: "PILOT_PURCHASE",
} as const;

export type PurchaseMethod = (typeof PurchaseMethod)[keyof typeof PurchaseMethod];
/** APPLIED → APPROVED → TESTING → CERTIFIED; REJECTED or WITHDRAWN end an application early. */
export const SupportApplicationStatus = {
  APPLIED: "APPLIED",
  APPROVED: "APPROVED",
  CERTIFIED: "CERTIFIED",
  REJECTED: "REJECTED",
  TESTING: "TESTING",
  WITHDRAWN: "WITHDRAWN",
} as const;

export type SupportApplicationStatus = (typeof SupportApplicationStatus)[keyof typeof SupportApplicationStatus];
/** APPROVE grants support; REJECT refuses it. */
export const SupportDecision = {
  APPROVE: "APPROVE",
  REJECT: "REJECT",
} as const;

export type SupportDecision = (typeof SupportDecision)[keyof typeof SupportDecision];
