import type { ConstraintMeanings } from "../../../lib/data/database-errors.js";

/** What each constraint the institutions subgraph's writes rely on means to a caller. */
export const CONSTRAINT_MEANINGS: ConstraintMeanings = {
  // institution
  institution_abbreviation_key: {
    code: "CONFLICT",
    message: "Another institution already uses this abbreviation (abbreviations are unique whatever their case).",
    field: "input.abbreviation",
  },
  institution_pkey: { code: "CONFLICT", message: "An institution with this id already exists; please try again.", field: "input" },
  institution_name_check: { code: "BAD_USER_INPUT", message: "An institution's name has 1 to 200 characters.", field: "input.name" },
  institution_name_en_check: {
    code: "BAD_USER_INPUT",
    message: "An institution's English name has 1 to 200 characters.",
    field: "input.nameEn",
  },
  institution_abbreviation_check: {
    code: "BAD_USER_INPUT",
    message: "An abbreviation has 1 to 50 characters.",
    field: "input.abbreviation",
  },
  institution_type_check: { code: "BAD_USER_INPUT", message: "That is not an institution type.", field: "input.type" },
  institution_parent_ministry_check: {
    code: "BAD_USER_INPUT",
    message: "A parent ministry has 1 to 100 characters.",
    field: "input.parentMinistry",
  },
  institution_region_check: { code: "BAD_USER_INPUT", message: "A region has 1 to 100 characters.", field: "input.region" },
  // lead_buyer_declaration
  lead_buyer_declaration_pkey: {
    code: "CONFLICT",
    message: "This institution has already declared itself an innovative-product purchase leader; a declaration is made once.",
    field: "input.institutionId",
  },
  lead_buyer_declaration_institution_id_fkey: { code: "NOT_FOUND", message: "No institution has this id.", field: "input.institutionId" },
  lead_buyer_declaration_declared_on_check: {
    code: "BAD_USER_INPUT",
    message: "A declaration cannot be dated before the program began in 2020.",
    field: "input.declaredOn",
  },
  lead_buyer_declaration_venue_check: { code: "BAD_USER_INPUT", message: "A venue has 1 to 200 characters.", field: "input.venue" },
  lead_buyer_declaration_pledge_check: { code: "BAD_USER_INPUT", message: "A pledge cannot be empty.", field: "input.pledge" },
  lead_buyer_declaration_pledge_length_check: {
    code: "BAD_USER_INPUT",
    message: "A pledge has at most 2,000 characters.",
    field: "input.pledge",
  },
  // purchase_target
  purchase_target_institution_id_fkey: { code: "NOT_FOUND", message: "No institution has this id.", field: "input.institutionId" },
  purchase_target_year_check: { code: "BAD_USER_INPUT", message: "A target's year is from 2020 to 2100.", field: "input.year" },
  purchase_target_target_amount_check: {
    code: "BAD_USER_INPUT",
    message: "A target amount is a positive number of won.",
    field: "input.targetAmount",
  },
  purchase_target_amount_within_bound: {
    code: "BAD_USER_INPUT",
    message: "A purchase target is at most KRW 1,000,000,000,000 (one trillion won).",
    field: "input.targetAmount",
  },
  // purchase
  purchase_institution_id_fkey: { code: "NOT_FOUND", message: "No institution has this id.", field: "input.institutionId" },
  purchase_quantity_check: { code: "BAD_USER_INPUT", message: "A quantity is at least 1.", field: "input.quantity" },
  purchase_amount_check: { code: "BAD_USER_INPUT", message: "An amount is a positive number of won.", field: "input.amount" },
  purchase_amount_within_bound: {
    code: "BAD_USER_INPUT",
    message: "A contract amount is at most KRW 1,000,000,000,000 (one trillion won).",
    field: "input.amount",
  },
  purchase_ledger_total_within_bound: {
    code: "BAD_USER_INPUT",
    message:
      "The graph can total procurement only up to KRW 9,007,199,254,740,991 across every recorded purchase, and this " +
      "contract would take the recorded total past it; it cannot be recorded.",
    field: "input.amount",
  },
  purchase_method_check: { code: "BAD_USER_INPUT", message: "That is not a purchase method.", field: "input.method" },
  purchase_contracted_on_check: {
    code: "BAD_USER_INPUT",
    message: "No innovative product was designated before the program began in 2020: a contract cannot be dated earlier.",
    field: "input.contractedOn",
  },
  purchase_product_agency_check: {
    code: "BAD_USER_INPUT",
    message: "The product's designating agency is not one this graph knows.",
    field: "input.productId",
  },
};
