import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { requireActingFor, type Caller } from "../../../../../lib/access/access.js";
import { withConstraintMeanings } from "../../../../../lib/data/database-errors.js";
import { todayInKorea } from "../../../../../lib/domain/dates.js";
import { badUserInput, conflict, notFound } from "../../../../../lib/runtime/errors.js";
import { idempotent, optionalIdempotencyKey } from "../../../../../lib/data/idempotency.js";
import { requireId } from "../../../../../lib/domain/ids.js";
import { lockRowById } from "../../../../../lib/data/row-lock.js";
import type { CertificationScheme, SupportApplicationStatus } from "../../../../../lib/domain/enums.js";
import { requireAmount } from "../../../../../lib/domain/money.js";
import type { Context } from "../../context.js";
import { CertificationProgram, SupportApplication } from "../../entities/index.js";
import type {
  ApplyForCertificationSupportInput,
  DecideCertificationSupportInput,
  MutationAdvanceCertificationSupportArgs,
  MutationApplyForCertificationSupportArgs,
  MutationDecideCertificationSupportArgs,
  MutationWithdrawCertificationSupportArgs,
} from "../../generated/resolvers-types.js";
import { CONSTRAINT_MEANINGS } from "../../constraint-meanings.js";
import { requireDesignatedProduct } from "../../owners.js";
import {
  ACTIVE_STATUSES,
  budgetExhausted,
  nextStep,
  requireLegalMove,
  requireSchemeCovered,
  requireSupportAvailable,
  requireWindowOpen,
} from "../../rules.js";

/** The input checked: the application asked for (also an idempotency key's payload) and the key. */
function readApplicationInput(input: ApplyForCertificationSupportInput) {
  const payload = {
    programId: requireId(input.programId, "input.programId"),
    productId: requireId(input.productId, "input.productId"),
    scheme: input.scheme,
    requestedAmount: requireAmount(input.requestedAmount, "input.requestedAmount", "A requested amount"),
  };
  return { payload, idempotencyKey: optionalIdempotencyKey(input.idempotencyKey, "input.idempotencyKey") };
}

/**
 * A designated product applies for support with one scheme while the program's window is open. The
 * partial unique index allows one active application per product and scheme (a concurrent second
 * waits for the first, then fails); the idempotency key is claimed in the same transaction as the
 * insert, and the duplicate check runs after the claim so that a retry replays instead of conflicting.
 */
export async function applyForCertificationSupport(
  _: unknown,
  { input }: MutationApplyForCertificationSupportArgs,
  { caller, db }: Context,
): Promise<SupportApplication> {
  const { payload, idempotencyKey } = readApplicationInput(input);
  const program = await db.getRepository(CertificationProgram).findOneBy({ id: payload.programId });
  if (!program) throw notFound("There is no certification program with this id.", "input.programId");
  requireSchemeCovered(program, payload.scheme);
  const today = todayInKorea();
  requireWindowOpen(program, today);
  await requireDesignatedProduct(payload.productId, today);
  const id = await withConstraintMeanings(CONSTRAINT_MEANINGS, () =>
    db.transaction(async (manager) => {
      const result = await idempotent(
        manager,
        { operation: "applyForCertificationSupport", caller, key: idempotencyKey },
        payload,
        async () => {
          await requireNoActiveApplication(manager, payload.productId, payload.scheme);
          const application = {
            id: randomUUID(),
            ...payload,
            status: "APPLIED" as const,
            supportAmount: null,
            appliedOn: today,
            decidedOn: null,
          };
          await manager.getRepository(SupportApplication).insert(application);
          return application.id;
        },
        "input.idempotencyKey",
      );
      return result.id;
    }),
  );
  return db.getRepository(SupportApplication).findOneByOrFail({ id });
}

/** A nicer refusal than the unique index's, naming the application in the way. */
async function requireNoActiveApplication(manager: EntityManager, productId: string, scheme: CertificationScheme): Promise<void> {
  const active = await manager
    .getRepository(SupportApplication)
    .createQueryBuilder("t")
    .where("t.productId = :productId AND t.scheme = :scheme AND t.status IN (:...statuses)", {
      productId,
      scheme,
      statuses: ACTIVE_STATUSES,
    })
    .getOne();
  if (active) {
    throw conflict(
      `The product already has an active ${scheme} application (${active.id}, ${active.status}); withdraw it or wait for its outcome.`,
      "input.scheme",
    );
  }
}

/**
 * Approves or rejects an APPLIED application. The checks here give a precise refusal; the guarantee
 * under concurrent approvals is the database's: the budget trigger adds the support to the program's
 * committed amount (waiting on the program row) and the CHECK refuses an overspent budget.
 */
export async function decideCertificationSupport(
  _: unknown,
  { input }: MutationDecideCertificationSupportArgs,
  { caller, db }: Context,
): Promise<SupportApplication> {
  const { applicationId, approve, supportAmount } = readDecisionInput(input);
  const today = todayInKorea();
  let programId: string | null = null;
  try {
    await withConstraintMeanings(CONSTRAINT_MEANINGS, () =>
      db.transaction(async (manager) => {
        const application = await lockApplication(manager, applicationId);
        programId = application.programId;
        const program = await requireProgramOfCaller(manager, caller, application);
        requireLegalMove(application.status, approve ? "APPROVED" : "REJECTED");
        if (supportAmount != null) requireSupportAvailable(program, await grantedToProduct(manager, application), supportAmount);
        await manager
          .getRepository(SupportApplication)
          .update({ id: applicationId }, { status: approve ? "APPROVED" : "REJECTED", supportAmount, decidedOn: today });
      }),
    );
  } catch (error) {
    if (isBudgetRefusal(error) && programId) {
      const program = await db.getRepository(CertificationProgram).findOneByOrFail({ id: programId });
      throw budgetExhausted(program.budget - program.committedAmount);
    }
    throw error;
  }
  return db.getRepository(SupportApplication).findOneByOrFail({ id: applicationId });
}

/** An approval names the support it grants, within the domain's bounds; a rejection names none. */
function readDecisionInput(input: DecideCertificationSupportInput) {
  const applicationId = requireId(input.applicationId, "input.applicationId");
  const approve = input.decision === "APPROVE";
  if (approve && input.supportAmount == null) throw badUserInput("An approval names the support granted.", "input.supportAmount");
  if (!approve && input.supportAmount != null)
    throw badUserInput("A rejection grants no support; leave supportAmount out.", "input.supportAmount");
  const supportAmount = approve ? requireAmount(input.supportAmount!, "input.supportAmount", "A support amount") : null;
  return { applicationId, approve, supportAmount };
}

/** The budget CHECK's refusal, as withConstraintMeanings answered it (a concurrent approval got there first). */
function isBudgetRefusal(error: unknown): boolean {
  const meaning = CONSTRAINT_MEANINGS.certification_program_budget_not_overspent;
  return (error as Error)?.message === meaning.message && (error as { extensions?: { code?: string } }).extensions?.code === meaning.code;
}

async function grantedToProduct(manager: EntityManager, application: SupportApplication): Promise<number> {
  const [{ granted }]: Array<{ granted: number }> = await manager.query(
    `SELECT coalesce(sum(support_amount), 0)::bigint AS granted FROM support_application WHERE program_id = $1 AND product_id = $2`,
    [application.programId, application.productId],
  );
  return granted;
}

async function lockApplication(manager: EntityManager, applicationId: string): Promise<SupportApplication> {
  const application = await lockRowById(manager, SupportApplication, applicationId);
  if (!application) throw notFound("There is no support application with this id.", "input.applicationId");
  return application;
}

/** The application's program; an operator may act only on applications to the programs its institution operates. */
async function requireProgramOfCaller(
  manager: EntityManager,
  caller: Caller,
  application: SupportApplication,
): Promise<CertificationProgram> {
  const program = await manager.getRepository(CertificationProgram).findOneByOrFail({ id: application.programId });
  requireActingFor(
    caller,
    program.operatorInstitutionId,
    "this application is to a program another institution operates",
    "input.applicationId",
  );
  return program;
}

/** Locks the application, checks the caller may act on it and the move is legal (naming the current status if not), and makes it. */
async function moveApplication(
  { caller, db }: Context,
  applicationIdInput: string,
  to: (from: SupportApplicationStatus) => SupportApplicationStatus,
  change: Partial<Pick<SupportApplication, "supportAmount">> = {},
): Promise<SupportApplication> {
  const applicationId = requireId(applicationIdInput, "input.applicationId");
  await withConstraintMeanings(CONSTRAINT_MEANINGS, () =>
    db.transaction(async (manager) => {
      const application = await lockApplication(manager, applicationId);
      await requireProgramOfCaller(manager, caller, application);
      const target = to(application.status);
      requireLegalMove(application.status, target);
      await manager.getRepository(SupportApplication).update({ id: applicationId }, { status: target, ...change });
    }),
  );
  return db.getRepository(SupportApplication).findOneByOrFail({ id: applicationId });
}

/** APPLIED, APPROVED or TESTING → WITHDRAWN; approved support goes back to the program (the budget trigger). */
export const withdrawCertificationSupport = (_: unknown, { input }: MutationWithdrawCertificationSupportArgs, context: Context) =>
  moveApplication(context, input.applicationId, () => "WITHDRAWN", { supportAmount: null });

/** APPROVED → TESTING → CERTIFIED, one step at a time. */
export const advanceCertificationSupport = (_: unknown, { input }: MutationAdvanceCertificationSupportArgs, context: Context) =>
  moveApplication(context, input.applicationId, (from) => {
    const next = nextStep(from);
    if (!next) throw conflict(`The application is ${from}; only APPROVED and TESTING applications move on.`, "input.applicationId");
    return next;
  });
