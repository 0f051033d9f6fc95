import { expect } from "chai";
import { readExampleOperations, type ExampleOperation } from "../../gateway/src/explorer/operations.js";
import { fileURLToPath } from "node:url";
import { todayInKorea } from "../../lib/domain/dates.js";
import { gatewayDataAsPermitted } from "../support/client.js";

/**
 * The README's mutation examples (schema/operations/6-mutations.graphql) run as a reader would run
 * them: each id taken from the answer of the query the README names for it (5-find-ids.graphql) or of
 * the write that made it, every other value as the example gives it, each write sent by the role that
 * makes it. Each must answer what the README says.
 */
const operations = new Map(
  readExampleOperations(fileURLToPath(new URL("../../schema/operations/", import.meta.url))).map((operation) => [
    operation.name,
    operation,
  ]),
);
const example = (name: string): ExampleOperation => {
  const operation = operations.get(name);
  if (!operation) throw new Error(`schema/operations has no ${name}`);
  return operation;
};
/** The example's own variables, with `input` fields replaced where the README says to look an id up. */
const variables = (name: string, input: Record<string, unknown> = {}) => {
  const given = JSON.parse(example(name).variables ?? "{}");
  return given.input ? { ...given, input: { ...given.input, ...input } } : { ...given, ...input };
};
// Queries go as the administrator, who may also read the unpublished applications FindDesignationApplications lists.
const find = (name: string, values: Record<string, unknown> = {}) => gatewayDataAsPermitted(example(name).query, variables(name, values));
const write = (name: string, input: Record<string, unknown> = {}) => gatewayDataAsPermitted(example(name).query, variables(name, input));

describe("the README's mutation examples, run as the README says", function () {
  this.timeout(120_000);

  it("each id is found by the query the README names, and every write answers as shown", async () => {
    const ktl = (await find("FindInstitution")).institutionByAbbreviation.id;
    const [product, other] = (await find("FindProducts")).products.nodes;
    expect(product, "FindProducts finds a product in force").to.not.equal(undefined);

    const company = (await write("RegisterCompany")).registerCompany;
    expect(company.name).to.equal("혁신테크");

    // Announced ahead: applications are accepted from opensOn, so the round is not open yet.
    const round = (await write("OpenDesignationRound")).openDesignationRound;
    expect(round).to.deep.include({ opensOn: "2027-02-25", closesOn: "2027-03-24", isOpen: false });
    // submitDesignationApplication needs a round open today, as the README says: one whose window holds today.
    const today = todayInKorea();
    const open = (
      await gatewayDataAsPermitted(example("OpenDesignationRound").query, {
        input: { agency: "MSS", year: Number(today.slice(0, 4)), title: "README 예제 접수 중 라운드", opensOn: today, closesOn: today },
      })
    ).openDesignationRound;
    expect(open.isOpen).to.equal(true);
    const rounds = (await find("FindDesignationRounds")).designationRounds.nodes;
    expect(rounds.map(({ id }: { id: string }) => id)).to.include(open.id);
    const application = (await write("SubmitDesignationApplication", { roundId: open.id, companyId: company.id }))
      .submitDesignationApplication;
    expect(application).to.deep.include({ stage: "SUBMITTED", submittedOn: today });
    const listed = (await find("FindDesignationApplications", { roundId: open.id })).designationRound.applications.nodes;
    expect(listed.map(({ id }: { id: string }) => id)).to.deep.equal([application.id]);
    expect((await write("MoveDesignationApplication", { applicationId: application.id })).moveDesignationApplication.stage).to.equal(
      "DOCUMENT_REVIEW",
    );

    const institution = (await write("RegisterInstitution")).registerInstitution;
    expect(institution.abbreviation).to.equal("KTI");
    const declared = (await write("DeclareLeadBuyer", { institutionId: institution.id })).declareLeadBuyer;
    expect(declared.leadBuyer.declaredOn).to.equal("2026-02-27");

    const target = (await write("SetPurchaseTarget", { institutionId: ktl })).setPurchaseTarget;
    expect(target).to.deep.include({ year: 2026, targetAmount: 5_000_000_000 });
    // Setting it again changes the same target: its id, which a client's cache keys it by, stays.
    const again = (await write("SetPurchaseTarget", { institutionId: ktl, targetAmount: 6_000_000_000 })).setPurchaseTarget;
    expect(again).to.deep.include({ id: target.id, targetAmount: 6_000_000_000 });
    const purchase = (await write("RecordPurchase", { institutionId: ktl, productId: product.id })).recordPurchase;
    expect(purchase.amount).to.equal(45_000_000);

    const program = (await write("OpenCertificationProgram", { operatorId: ktl })).openCertificationProgram;
    expect(program).to.deep.include({ isOpen: true, remainingBudget: 100_000_000 });
    const programs = (await find("FindCertificationPrograms")).certificationPrograms.nodes;
    expect(programs.map(({ id }: { id: string }) => id)).to.include(program.id);
    const support = (await write("ApplyForCertificationSupport", { programId: program.id, productId: product.id }))
      .applyForCertificationSupport;
    expect(support.status).to.equal("APPLIED");
    const decided = (await write("DecideCertificationSupport", { applicationId: support.id })).decideCertificationSupport;
    expect(decided).to.deep.include({ status: "APPROVED", supportAmount: 18_000_000 });
    expect(decided.program.remainingBudget).to.equal(82_000_000);
    expect((await write("AdvanceCertificationSupport", { applicationId: support.id })).advanceCertificationSupport.status).to.equal(
      "TESTING",
    );
    const withdrawn = (
      await write("ApplyForCertificationSupport", {
        programId: program.id,
        productId: other.id,
        scheme: "KS",
        idempotencyKey: "cert-2026-002",
      })
    ).applyForCertificationSupport;
    expect((await write("WithdrawCertificationSupport", { applicationId: withdrawn.id })).withdrawCertificationSupport.status).to.equal(
      "WITHDRAWN",
    );
    const certificate = (await write("RecordCertificate", { productId: (await find("FindProduct")).productByDesignationNumber.id }))
      .recordCertificate;
    expect(certificate).to.deep.include({ scheme: "CE", number: "KTL-CE-25-000001" });

    const event = (await write("CreateEvent")).createEvent;
    expect(event.startsAt).to.equal("2027-03-10T00:00:00.000Z");
    expect((await write("RegisterExhibitor", { eventId: event.id, productId: product.id })).registerExhibitor.booth).to.equal("A-12");
    const meeting = (await write("RequestConsultationMeeting", { eventId: event.id, productId: product.id, institutionId: ktl }))
      .requestConsultationMeeting;
    expect(meeting.status).to.equal("REQUESTED");
    expect((await write("ConfirmConsultationMeeting", { meetingId: meeting.id })).confirmConsultationMeeting.status).to.equal("CONFIRMED");
    expect((await write("CancelConsultationMeeting", { meetingId: meeting.id })).cancelConsultationMeeting.status).to.equal("CANCELLED");
    // An outcome is recorded for a confirmed meeting whose slot has passed: FindEvents lists the seeded ones.
    const events = (await find("FindEvents")).events.nodes;
    const held = events
      .flatMap(
        (each: { consultationMeetings: { nodes: Array<{ id: string; status: string; slot: { endsAt: string } }> } }) =>
          each.consultationMeetings.nodes,
      )
      .find(
        (each: { status: string; slot: { endsAt: string } }) => each.status === "CONFIRMED" && each.slot.endsAt < new Date().toISOString(),
      );
    expect(held, "FindEvents lists a confirmed meeting that has taken place").to.not.equal(undefined);
    const outcome = (await write("RecordConsultationOutcome", { meetingId: held.id })).recordConsultationOutcome;
    expect(outcome.outcome).to.equal("PURCHASE_INTENT");

    const revoked = (await write("RevokeDesignation", { productId: other.id })).revokeDesignation;
    expect(revoked).to.deep.include({ status: "REVOKED", revokedOn: "2026-11-25" });
  });
});
