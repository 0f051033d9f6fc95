import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { todayInKorea } from "../../../../../lib/domain/dates.js";
import { withConstraintMeanings } from "../../../../../lib/data/database-errors.js";
import { badUserInput, conflict, notFound } from "../../../../../lib/runtime/errors.js";
import { idempotent, optionalIdempotencyKey } from "../../../../../lib/data/idempotency.js";
import { requireId } from "../../../../../lib/domain/ids.js";
import type { ApplicationStage } from "../../../../../lib/domain/enums.js";
import { requireAmount } from "../../../../../lib/domain/money.js";
import { requireText } from "../../../../../lib/domain/text.js";
import { lockRowById } from "../../../../../lib/data/row-lock.js";
import { CONSTRAINT_MEANINGS } from "../../constraint-meanings.js";
import type { Context } from "../../context.js";
import { Company, DesignationApplication, DesignationRound, Product } from "../../entities/index.js";
import type {
  DesignationInput,
  EvaluationScoresInput,
  MoveDesignationApplicationInput,
  MutationMoveDesignationApplicationArgs,
  MutationSubmitDesignationApplicationArgs,
  SubmitDesignationApplicationInput,
} from "../../generated/resolvers-types.js";
import { requireBenefits, requireLegalMove, requireNotAfterToday, requireNotBefore, requireRoundOpen, requireScores } from "../../rules.js";

/** The input checked and normalised: the application asked for (also an idempotency key's payload) and the key. */
function readSubmissionInput(input: SubmitDesignationApplicationInput) {
  const request = {
    roundId: requireId(input.roundId, "input.roundId"),
    companyId: requireId(input.companyId, "input.companyId"),
    productName: requireText(input.productName, "input.productName", 200, "A product name must have"),
    productNameEn: requireText(input.productNameEn, "input.productNameEn", 200, "A product's English name must have"),
    field: input.field,
  };
  return { request, idempotencyKey: optionalIdempotencyKey(input.idempotencyKey) };
}

/** A company's application in a round that is open today; it starts SUBMITTED, dated today. */
export async function submitDesignationApplication(
  _: unknown,
  { input }: MutationSubmitDesignationApplicationArgs,
  { caller, db }: Context,
): Promise<DesignationApplication> {
  const { request, idempotencyKey } = readSubmissionInput(input);
  const today = todayInKorea();
  return withConstraintMeanings(CONSTRAINT_MEANINGS, () =>
    db.transaction(async (manager) => {
      const { id } = await idempotent(
        manager,
        { operation: "submitDesignationApplication", caller, key: idempotencyKey },
        request,
        async () => {
          const round = await manager.findOneBy(DesignationRound, { id: request.roundId });
          if (!round) throw notFound("No designation round has this id.", "input.roundId");
          if (!(await manager.existsBy(Company, { id: request.companyId }))) throw notFound("No company has this id.", "input.companyId");
          requireRoundOpen(round, today);
          const application: DesignationApplication = {
            id: randomUUID(),
            ...request,
            stage: "SUBMITTED",
            submittedOn: today,
            innovativenessScore: null,
            marketabilityScore: null,
            publicValueScore: null,
            productId: null,
          };
          await manager.insert(DesignationApplication, application);
          return application.id;
        },
      );
      return manager.findOneByOrFail(DesignationApplication, { id });
    }),
  );
}

function readDesignation(designation: DesignationInput): DesignationInput {
  requireNotAfterToday(designation.designatedOn, todayInKorea(), "input.designation.designatedOn", "The designation date");
  return {
    designatedOn: designation.designatedOn,
    procurementItemNumber: requireText(
      designation.procurementItemNumber,
      "input.designation.procurementItemNumber",
      50,
      "A G2B item number must have",
    ),
    unitPrice: requireAmount(designation.unitPrice, "input.designation.unitPrice", "A unit price"),
    description: requireText(designation.description, "input.designation.description", 2000, "A product description must have"),
    benefits: requireBenefits(designation.benefits, "input.designation.benefits"),
  };
}

/** The move asked for, checked: scores in range, and designation details given exactly when moving to DESIGNATED. */
function readMoveInput(input: MoveDesignationApplicationInput) {
  const applicationId = requireId(input.applicationId, "input.applicationId");
  const scores = input.scores ? requireScores(input.scores, "input.scores") : null;
  const designation = input.designation ? readDesignation(input.designation) : null;
  requireDesignationFitsMove(input.to, designation);
  return { applicationId, to: input.to, scores, designation };
}

/**
 * Scores are the technical evaluation's result: given when the application leaves TECHNICAL_EVALUATION,
 * and required to enter FINAL_DELIBERATION unless the application already carries them.
 */
function requireScoresFitMove(
  application: DesignationApplication,
  to: ApplicationStage,
  scores: EvaluationScoresInput | null | undefined,
): void {
  if (scores && application.stage !== "TECHNICAL_EVALUATION") {
    throw badUserInput(
      `Scores are recorded when an application leaves TECHNICAL_EVALUATION; this one is in ${application.stage}.`,
      "input.scores",
    );
  }
  if (to === "FINAL_DELIBERATION" && !scores && application.innovativenessScore == null) {
    throw badUserInput("Moving to FINAL_DELIBERATION needs the technical evaluation's scores.", "input.scores");
  }
}

function requireDesignationFitsMove(to: ApplicationStage, designation: DesignationInput | null | undefined): void {
  if (designation && to !== "DESIGNATED")
    throw badUserInput("Designation details are given only when moving to DESIGNATED.", "input.designation");
  if (to === "DESIGNATED" && !designation) {
    throw badUserInput(
      "Moving to DESIGNATED needs the designation's details (date, G2B item number, unit price, description, benefits).",
      "input.designation",
    );
  }
}

/**
 * The next number in the agency's sequence for the year, `MOTIE-2025-0042`. One counter row per agency
 * and year; the upsert locks it until this transaction ends, so concurrent designations queue and get
 * consecutive numbers, and a designation that rolls back gives its number back. The first designation
 * of a year starts after any number already in use (seeded products).
 */
async function nextDesignationNumber(manager: EntityManager, agency: string, year: number): Promise<string> {
  const [{ last_sequence: sequence }]: Array<{ last_sequence: number }> = await manager.query(
    `INSERT INTO designation_number_counter (agency, year, last_sequence)
     VALUES ($1, $2, (SELECT coalesce(max(substring(designation_number FROM '([0-9]+)$')::int), 0) + 1
                        FROM product WHERE designation_number LIKE $3))
     ON CONFLICT (agency, year) DO UPDATE SET last_sequence = designation_number_counter.last_sequence + 1
     RETURNING last_sequence`,
    [agency, year, `${agency}-${year}-%`],
  );
  return `${agency}-${year}-${String(sequence).padStart(4, "0")}`;
}

async function designate(manager: EntityManager, application: DesignationApplication, designation: DesignationInput): Promise<string> {
  requireNotBefore(
    designation.designatedOn,
    application.submittedOn,
    "input.designation.designatedOn",
    `A product cannot be designated (${designation.designatedOn}) before its application was submitted (${application.submittedOn}).`,
  );
  const round = await manager.findOneByOrFail(DesignationRound, { id: application.roundId });
  const product: Omit<Product, "validUntil"> = {
    id: randomUUID(),
    designationNumber: await nextDesignationNumber(manager, round.agency, round.year),
    name: application.productName,
    nameEn: application.productNameEn,
    description: designation.description,
    companyId: application.companyId,
    field: application.field,
    designatingAgency: round.agency,
    designatedOn: designation.designatedOn,
    revokedOn: null,
    revocationReason: null,
    procurementItemNumber: designation.procurementItemNumber,
    unitPrice: designation.unitPrice,
    benefits: designation.benefits,
  };
  await manager.insert(Product, product);
  return product.id;
}

/**
 * One legal stage move. The application's row is locked first, so of simultaneous moves exactly one
 * sees the stage it expects; the trigger on designation_application refuses an illegal move anyway.
 * Moving to DESIGNATED creates the product in the same transaction.
 */
export async function moveDesignationApplication(
  _: unknown,
  { input }: MutationMoveDesignationApplicationArgs,
  { db }: Context,
): Promise<DesignationApplication> {
  const { applicationId, to, scores, designation } = readMoveInput(input);
  return withConstraintMeanings(CONSTRAINT_MEANINGS, () =>
    db.transaction(async (manager) => {
      const application = await lockRowById(manager, DesignationApplication, applicationId);
      if (!application) throw notFound("No designation application has this id.", "input.applicationId");
      requireLegalMove(application.stage, to);
      requireScoresFitMove(application, to, scores);
      const productId = designation ? await designate(manager, application, designation) : null;
      const changes: Partial<DesignationApplication> = { stage: to };
      if (scores) {
        changes.innovativenessScore = scores.innovativeness;
        changes.marketabilityScore = scores.marketability;
        changes.publicValueScore = scores.publicValue;
      }
      if (productId) changes.productId = productId;
      const { affected } = await manager.update(DesignationApplication, { id: application.id, stage: application.stage }, changes);
      if (affected !== 1) throw conflict("The application changed stage at the same moment; read it again and retry.", "input.to");
      return manager.findOneByOrFail(DesignationApplication, { id: application.id });
    }),
  );
}
