import type { ConstraintMeanings } from "../../../lib/data/database-errors.js";

/** What each constraint or trigger the products subgraph's writes rely on means to a caller. */
export const CONSTRAINT_MEANINGS: ConstraintMeanings = {
  company_business_registration_number_key: {
    code: "CONFLICT",
    message: "A company with this business registration number is already registered.",
    field: "input.businessRegistrationNumber",
  },
  company_business_registration_number_check: {
    code: "BAD_USER_INPUT",
    message: "A business registration number is written 123-45-67890.",
    field: "input.businessRegistrationNumber",
  },
  company_name_check: { code: "BAD_USER_INPUT", message: "A company name has 1 to 200 characters.", field: "input.name" },
  company_name_en_check: { code: "BAD_USER_INPUT", message: "A company's English name has 1 to 200 characters.", field: "input.nameEn" },
  designation_round_title_key: { code: "CONFLICT", message: "A designation round with this title already exists.", field: "input.title" },
  designation_round_check: { code: "BAD_USER_INPUT", message: "A round cannot close before it opens.", field: "input.closesOn" },
  designation_round_year_check: { code: "BAD_USER_INPUT", message: "The year must be between 2020 and 2100.", field: "input.year" },
  designation_application_round_id_fkey: { code: "NOT_FOUND", message: "No designation round has this id.", field: "input.roundId" },
  designation_application_company_id_fkey: { code: "NOT_FOUND", message: "No company has this id.", field: "input.companyId" },
  designation_application_submitted_in_window: {
    code: "CONFLICT",
    message: "The round does not accept applications today: today is outside its window.",
    field: "input.roundId",
  },
  designation_application_stage_move: {
    code: "CONFLICT",
    message:
      "The application cannot make that move from its current stage; it moves one stage forward at a time, or to REJECTED while open.",
    field: "input.to",
  },
  designation_application_scored_check: {
    code: "BAD_USER_INPUT",
    message: "An application enters final deliberation only with its evaluation scores.",
    field: "input.scores",
  },
  designation_application_innovativeness_score_check: {
    code: "BAD_USER_INPUT",
    message: "Each score is between 0 and 100.",
    field: "input.scores.innovativeness",
  },
  designation_application_marketability_score_check: {
    code: "BAD_USER_INPUT",
    message: "Each score is between 0 and 100.",
    field: "input.scores.marketability",
  },
  designation_application_public_value_score_check: {
    code: "BAD_USER_INPUT",
    message: "Each score is between 0 and 100.",
    field: "input.scores.publicValue",
  },
  designation_application_product_id_key: { code: "CONFLICT", message: "This product already came from another application." },
  product_designation_number_key: {
    code: "CONFLICT",
    message: "Another designation took this designation number at the same moment; please try again.",
  },
  product_unit_price_check: {
    code: "BAD_USER_INPUT",
    message: "The unit price is a positive number of won.",
    field: "input.designation.unitPrice",
  },
  product_unit_price_within_bound: {
    code: "BAD_USER_INPUT",
    message: "A unit price is at most KRW 1,000,000,000,000 (one trillion won).",
    field: "input.designation.unitPrice",
  },
  product_name_check: { code: "BAD_USER_INPUT", message: "A product name has 1 to 200 characters." },
  product_revoked_on_check: {
    code: "BAD_USER_INPUT",
    message: "A designation cannot be revoked before the day it was designated.",
    field: "input.revokedOn",
  },
  product_revocation_reason_check: {
    code: "BAD_USER_INPUT",
    message: "A revocation reason has 1 to 1000 characters.",
    field: "input.reason",
  },
  designation_number_counter_last_sequence_check: {
    code: "CONFLICT",
    message: "This agency has used all 9999 designation numbers for the year.",
    field: "input.designation.designatedOn",
  },
};
