import { createHash } from "node:crypto";
import { expect } from "chai";
import fc from "fast-check";
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import type { SubgraphName } from "../lib/schema/composition.js";
import { testGraph } from "./support/graph.js";
import { gatewaySchema, operationOn, selectionOf } from "./support/schema-operations.js";

/** Any text, U+0000 included (PostgreSQL refuses it; the graph answers BAD_USER_INPUT). */
const text = fc.oneof(fc.string({ unit: "grapheme", maxLength: 24 }), fc.constant("nul\u0000byte"));

const SCALARS: Record<string, fc.Arbitrary<unknown>> = {
  String: text,
  ID: fc.oneof(text, fc.uuid()),
  Int: fc.oneof(fc.integer({ min: -5, max: 120 }), fc.integer()),
  Float: fc.double({ noNaN: true, noDefaultInfinity: true }),
  Boolean: fc.boolean(),
  Date: fc.oneof(
    fc.constant("2024-01-01"),
    fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
    text,
  ),
  DateTime: fc.oneof(
    fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
    text,
  ),
  Money: fc.oneof(fc.integer({ min: 0, max: 10 ** 12 }), text),
};

/** Any value of this input type, mostly well-formed: the subgraphs' own checks are what is exercised. */
function valueOf(type: GraphQLInputType): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType);
  if (isListType(type)) return fc.array(valueOf(type.ofType), { maxLength: 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const required = fields.filter((field) => isNonNullType(field.type)).map((field) => field.name);
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type)])), { requiredKeys: required });
  }
  return SCALARS[getNamedType(type).name] ?? text;
}

/** A query on one root field, its arguments drawn from their types, its selection drawn from the schema. */
function validOperation(fields: Array<GraphQLField<unknown, unknown>>) {
  return fc.constantFrom(...fields).chain((field) =>
    fc
      .record({
        args: fc.tuple(
          ...field.args.map((argument) =>
            isNonNullType(argument.type) ? valueOf(argument.type) : fc.option(valueOf(argument.type), { nil: undefined }),
          ),
        ),
        choices: fc.infiniteStream(fc.boolean()),
      })
      .map(({ args, choices }) => {
        const values = new Map(field.args.map((argument, index) => [argument, args[index]]));
        // Up to four fields per level, three levels deep.
        const pick = <T>(items: T[]) => items.filter(() => choices.next().value as boolean).slice(0, 4);
        return operationOn(field, (argument) => values.get(argument), selectionOf(field.type, 3, pick));
      }),
  );
}

/** Damaged operations: a character dropped, added or swapped somewhere in a valid one. */
function damaged(operation: fc.Arbitrary<{ query: string; variables: Record<string, unknown> }>) {
  return fc
    .tuple(operation, fc.nat(), fc.constantFrom("", "{", "}", "(", "$", "@", '"', "...", "#", "\\", "mutation "))
    .map(([valid, at, insert]) => {
      const position = at % (valid.query.length + 1);
      return { ...valid, query: valid.query.slice(0, position) + insert + valid.query.slice(position + 1) };
    });
}

/** Whatever was sent: a body the gateway must answer with < 500 and, on a refusal, coded errors. */
const requestBody = (fields: Array<GraphQLField<unknown, unknown>>) =>
  fc.oneof(
    { weight: 4, arbitrary: validOperation(fields).map((operation) => JSON.stringify(operation)) },
    { weight: 3, arbitrary: damaged(validOperation(fields)).map((operation) => JSON.stringify(operation)) },
    {
      weight: 1,
      arbitrary: fc.record({ query: text, variables: fc.option(fc.object(), { nil: undefined }) }).map((body) => JSON.stringify(body)),
    },
    { weight: 1, arbitrary: fc.json() },
    { weight: 1, arbitrary: text },
  );

describe("gateway fuzz (fast-check: random valid and invalid operations)", function () {
  this.timeout(90_000);
  let schema: GraphQLSchema;

  before(async () => {
    schema = await gatewaySchema();
  });

  it("never answers 5xx nor an uncoded or internal error, in 150 runs or 30 s", async () => {
    const fields = Object.values(schema.getQueryType()!.getFields());
    let sent = 0;
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(requestBody(fields), async (body) => {
        sent++;
        const response = await fetch(testGraph().gatewayUrl, { method: "POST", headers: { "content-type": "application/json" }, body });
        const answer = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: unknown } }> };
        if (answer.data) answered++;
        expect(response.status, body).to.be.below(500);
        for (const error of answer.errors ?? []) {
          expect(error.extensions?.code, `${body}: ${error.message}`).to.be.a("string").and.not.equal("INTERNAL_SERVER_ERROR");
        }
      }),
      { numRuns: 150, interruptAfterTimeLimit: 30_000 },
    );
    expect(sent).to.be.greaterThan(20);
    // The generator builds real queries, not only rubbish: a good share of them get data.
    expect(answered).to.be.greaterThan(sent / 10);
  });

  it("leaves every process alive", async () => {
    const urls = [
      testGraph().gatewayUrl,
      ...(Object.keys(testGraph().subgraphUrls) as SubgraphName[]).map((name) => testGraph().subgraphUrls[name]),
    ];
    for (const url of urls) expect((await fetch(new URL("/health", url))).status, url).to.equal(200);
  });
});

/** Fields of an object type that take a page size, and none that must be given. */
function pagedFields(type: GraphQLObjectType): Array<GraphQLField<unknown, unknown>> {
  return Object.values(type.getFields()).filter(
    (field) => field.args.some((argument) => argument.name === "first") && field.args.every((argument) => !isNonNullType(argument.type)),
  );
}

/** Object fields without arguments that lead to another entity (a purchase's product, a meeting's institution). */
function hops(type: GraphQLObjectType): Array<GraphQLField<unknown, unknown>> {
  return Object.values(type.getFields()).filter(
    (field) => !field.args.length && !isListType(getNullableType(field.type)) && isObjectType(getNamedType(field.type)),
  );
}

/** A leaf field of the type, so every level asks for something. */
function leafOf(type: GraphQLObjectType): string {
  return Object.values(type.getFields()).find((field) => !field.args.length && isLeafType(getNamedType(field.type)))?.name ?? "__typename";
}

/**
 * A query of pages nested in pages (issue #10's shape), each page's size a variable of its own, declared
 * with or without a default: what the cost estimate must see through.
 */
function nestedPagesOperation(schema: GraphQLSchema) {
  const roots = pagedFields(schema.getQueryType()!);
  const pageSize = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 100 }) },
    { weight: 1, arbitrary: fc.integer({ min: -5, max: 1000 }) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, "10", 1.5, 2 ** 40) },
  );
  return fc
    .record({
      root: fc.constantFrom(...roots),
      choices: fc.infiniteStream(fc.nat()),
      sizes: fc.array(pageSize, { minLength: 8, maxLength: 8 }),
      defaults: fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), { minLength: 8, maxLength: 8 }),
    })
    .map(({ root, choices, sizes, defaults }) => {
      const pick = <T>(items: T[]): T | undefined => (items.length ? items[(choices.next().value as number) % items.length] : undefined);
      const declarations: string[] = [];
      const variables: Record<string, unknown> = {};
      const page = (field: GraphQLField<unknown, unknown>, levels: number): string => {
        const index = declarations.length;
        const name = `f${index}`;
        declarations.push(`$${name}: Int${defaults[index] === undefined ? "" : ` = ${defaults[index]}`}`);
        if (sizes[index] !== undefined) variables[name] = sizes[index];
        const connection = getNamedType(field.type) as GraphQLObjectType;
        const node = getNamedType(connection.getFields().nodes.type) as GraphQLObjectType;
        return `${field.name}(first: $${name}) { totalCount nodes { ${leafOf(node)} ${levels > 1 ? inner(node, levels - 1) : ""} } }`;
      };
      // Below a node: another page of it, or a page of an entity it leads to.
      const inner = (node: GraphQLObjectType, levels: number): string => {
        const direct = pick(pagedFields(node));
        if (direct && (choices.next().value as number) % 2 === 0) return page(direct, levels);
        const hop = pick(hops(node).filter((field) => pagedFields(getNamedType(field.type) as GraphQLObjectType).length));
        if (!hop) return direct ? page(direct, levels) : "";
        const target = getNamedType(hop.type) as GraphQLObjectType;
        return `${hop.name} { ${leafOf(target)} ${page(pick(pagedFields(target))!, levels)} }`;
      };
      const body = page(root, 1 + ((choices.next().value as number) % 3));
      return { query: `query (${declarations.join(", ")}) { ${body} }`, variables };
    });
}

describe("gateway fuzz: costs driven by variables (fast-check: nested pages, each size a variable)", function () {
  this.timeout(90_000);
  let schema: GraphQLSchema;

  before(async () => {
    schema = await gatewaySchema();
  });

  it("answers or refuses every one with a coded JSON error and HTTP 4xx, never 5xx, in 100 runs or 30 s", async () => {
    let sent = 0;
    let tooCostly = 0;
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(nestedPagesOperation(schema), async (operation) => {
        sent++;
        const body = JSON.stringify(operation);
        const response = await fetch(testGraph().gatewayUrl, { method: "POST", headers: { "content-type": "application/json" }, body });
        expect(response.status, body).to.be.below(500);
        expect(response.headers.get("content-type"), body).to.match(/application\/(graphql-response\+)?json/);
        const answer = (await response.json()) as {
          data?: unknown;
          errors?: Array<{ message: string; extensions?: { code?: unknown; cost?: { estimated: number; limit: number } } }>;
        };
        if (response.status >= 400) expect(answer.errors?.length, body).to.be.greaterThan(0);
        for (const error of answer.errors ?? []) {
          expect(error.extensions?.code, `${body}: ${error.message}`).to.be.a("string").and.not.equal("INTERNAL_SERVER_ERROR");
          if (error.extensions?.code === "QUERY_TOO_COSTLY") {
            tooCostly++;
            expect(response.status).to.equal(400);
            expect(error.extensions.cost!.estimated, body).to.be.greaterThan(error.extensions.cost!.limit);
          }
        }
        if (answer.data && !answer.errors) answered++;
      }),
      { numRuns: 100, interruptAfterTimeLimit: 30_000 },
    );
    expect(sent).to.be.greaterThan(20);
    // Both sides of the limit are exercised: some nestings are refused, others answered.
    expect(tooCostly, "refused as too costly").to.be.greaterThan(0);
    expect(answered, "answered").to.be.greaterThan(0);
  });
});

/** A subscription: a valid query's selection under `subscription`, or such a document damaged. */
const subscriptionBody = (fields: Array<GraphQLField<unknown, unknown>>) => {
  const asSubscription = validOperation(fields).map((operation) => ({
    ...operation,
    query: operation.query.replace(/^query\b/, "subscription"),
  }));
  return fc.oneof(asSubscription, damaged(asSubscription)).map((operation) => JSON.stringify(operation));
};

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** A persisted-query extension of any shape: the query's own hash or another, any version, with or without the query. */
const persistedQueryBody = (fields: Array<GraphQLField<unknown, unknown>>) =>
  fc
    .record({
      operation: fc.oneof(
        validOperation(fields),
        fc.record({ query: text, variables: fc.constant({}) }),
        fc.constant({ query: "subscription { products { totalCount } }", variables: {} }),
      ),
      withQuery: fc.boolean(),
      hash: fc.oneof(
        fc.constant("own"),
        fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString("hex")),
        text,
        fc.jsonValue(),
      ),
      version: fc.oneof({ weight: 3, arbitrary: fc.constant(1) }, { weight: 2, arbitrary: fc.jsonValue() }),
      extension: fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.jsonValue() }),
    })
    .map(({ operation, withQuery, hash, version, extension }) =>
      JSON.stringify({
        ...(withQuery ? operation : { variables: operation.variables }),
        extensions: {
          persistedQuery: extension !== undefined ? extension : { version, sha256Hash: hash === "own" ? sha256(operation.query) : hash },
        },
      }),
    );

describe("gateway fuzz: subscriptions and persisted-query extensions", function () {
  this.timeout(90_000);
  let fields: Array<GraphQLField<unknown, unknown>>;

  before(async () => {
    fields = Object.values((await gatewaySchema()).getQueryType()!.getFields());
  });

  it("answers every one without a 5xx; a refusal is 4xx JSON with a code (an unknown hash: Apollo's 200), in 150 runs or 30 s", async () => {
    const endpoints = [testGraph().gatewayUrl, new URL("/partner/graphql", testGraph().gatewayUrl).toString()];
    const codes = new Set<unknown>();
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(subscriptionBody(fields), persistedQueryBody(fields)), fc.constantFrom(...endpoints), async (body, url) => {
        sent++;
        const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
        expect(response.headers.get("content-type"), body).to.match(/^application\/(graphql-response\+)?json/);
        const answer = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: unknown } }> };
        expect(response.status, body).to.be.below(500);
        for (const error of answer.errors ?? []) {
          expect(error.extensions?.code, `${body}: ${error.message}`).to.be.a("string").and.not.equal("INTERNAL_SERVER_ERROR");
          codes.add(error.extensions?.code);
        }
        // Refused before running: no `data` at all.
        if (!("data" in answer)) {
          expect(answer.errors, body).to.have.length.greaterThan(0);
          const notFound = answer.errors!.every((error) => error.extensions?.code === "PERSISTED_QUERY_NOT_FOUND");
          if (notFound) expect(response.status, body).to.equal(200);
          else expect(response.status, body).to.be.within(400, 499);
        }
      }),
      { numRuns: 150, interruptAfterTimeLimit: 30_000 },
    );
    expect(sent).to.be.greaterThan(20);
    // The generator reaches each kind of refusal, not only parse errors.
    for (const code of [
      "SUBSCRIPTIONS_NOT_SUPPORTED",
      "PERSISTED_QUERY_HASH_MISMATCH",
      "PERSISTED_QUERY_VERSION_NOT_SUPPORTED",
      "PERSISTED_QUERY_NOT_FOUND",
    ]) {
      expect([...codes], code).to.include(code);
    }
  });
});
