import { expect } from "chai";
import type { GraphQLResponse } from "./client.js";

/**
 * One error, recognised by its `extensions.code` and `extensions.field` (null where the refusal names
 * no field, e.g. SERVICE_UNAVAILABLE), and no data. `message`, where given, checks the sentence a
 * caller reads as well; it never decides which refusal it was.
 */
export function expectRefusal(response: GraphQLResponse, code: string, field: string | null, message?: RegExp) {
  expect(response.errors, JSON.stringify(response)).to.have.length(1);
  const [error] = response.errors!;
  expect({ code: error.extensions?.code, field: error.extensions?.field ?? null }).to.deep.equal({ code, field });
  if (message) expect(error.message).to.match(message);
  expect(response.data ?? null).to.equal(null);
}
