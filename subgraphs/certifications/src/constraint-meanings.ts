import type { ConstraintMeanings } from "../../../lib/data/database-errors.js";

export const CONSTRAINT_MEANINGS: ConstraintMeanings = {
  certification_program_budget_not_overspent: {
    code: "CONFLICT",
    message: "The program's budget cannot cover this support.",
    field: "input.supportAmount",
  },
  support_application_within_ceiling: {
    code: "CONFLICT",
    message: "This support would take the product above the program's per-product ceiling.",
    field: "input.supportAmount",
  },
  support_application_one_active_per_product_scheme: {
    code: "CONFLICT",
    message: "The product already has an active application for this scheme; withdraw it or wait for its outcome.",
    field: "input.scheme",
  },
  support_application_legal_status_change: {
    code: "CONFLICT",
    message: "The application's status cannot change that way.",
    field: "input.applicationId",
  },
  support_application_program_id_fkey: {
    code: "NOT_FOUND",
    message: "There is no certification program with this id.",
    field: "input.programId",
  },
  support_application_amount_when_approved: {
    code: "BAD_USER_INPUT",
    message: "Approved support must be more than KRW 0.",
    field: "input.supportAmount",
  },
  support_application_requested_amount_check: {
    code: "BAD_USER_INPUT",
    message: "The requested amount must be more than KRW 0.",
    field: "input.requestedAmount",
  },
  certification_program_ceiling_within_budget: {
    code: "BAD_USER_INPUT",
    message: "The per-product ceiling cannot exceed the budget.",
    field: "input.perProductCeiling",
  },
  certification_program_budget_within_bound: {
    code: "BAD_USER_INPUT",
    message: "A program budget is at most KRW 1,000,000,000,000 (one trillion won).",
    field: "input.budget",
  },
  support_application_requested_amount_within_bound: {
    code: "BAD_USER_INPUT",
    message: "A requested amount is at most KRW 1,000,000,000,000 (one trillion won).",
    field: "input.requestedAmount",
  },
  support_application_support_amount_within_bound: {
    code: "BAD_USER_INPUT",
    message: "A support amount is at most KRW 1,000,000,000,000 (one trillion won).",
    field: "input.supportAmount",
  },
  certification_program_window: {
    code: "BAD_USER_INPUT",
    message: "Applications must close on or after the day they open.",
    field: "input.applicationClosesOn",
  },
  certificate_number_key: { code: "CONFLICT", message: "A certificate with this number is already recorded.", field: "input.number" },
  certificate_expires_on_check: {
    code: "BAD_USER_INPUT",
    message: "A certificate cannot expire before it is issued.",
    field: "input.expiresOn",
  },
  certificate_market_matches_scheme: {
    code: "BAD_USER_INPUT",
    message: "A certificate's market must be its scheme's market.",
    field: "input.market",
  },
};
