/**
 * npm run token: development bearer tokens, signed with the secret the gateway verifies (AUTH_JWT_SECRET,
 * or the documented development secret when it is unset; AUTH_ISSUER and AUTH_AUDIENCE are honoured).
 *
 *   npm run token                                 one token per role (officer and operator act for KTL)
 *   npm run token -- officer --institution KTL    an officer acting for KTL (an abbreviation or an ID)
 *   npm run token -- administrator
 *
 * An abbreviation is looked up on the running gateway (GATEWAY_URL, else http://localhost:<GATEWAY_PORT>/graphql,
 * the port `npm start` was given, default 4000), so institutions registered since seeding are found;
 * without a running graph, in the seed dataset.
 */
import { parseArgs } from "node:util";
import { INSTITUTION_ROLES, isRole, ROLES, type Role } from "../lib/access/access.js";
import { readInteger, readOptionalString } from "../lib/runtime/config.js";
import { readDevelopmentTokenDefaults, signDevelopmentToken } from "../lib/access/development-tokens.js";
import { generateDataset } from "../lib/seed/generate.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The running graph's gateway: GATEWAY_URL, or localhost on GATEWAY_PORT (as `npm start` reads it), or 4000. */
function gatewayUrl(env: NodeJS.ProcessEnv): string {
  return (
    readOptionalString(env, "GATEWAY_URL") ?? `http://localhost:${readInteger(env, "GATEWAY_PORT", 4000, { min: 1, max: 65535 })}/graphql`
  );
}

async function institutionFromGateway(abbreviation: string): Promise<string | null | undefined> {
  const url = gatewayUrl(process.env);
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `query ($a: String!) { institutionByAbbreviation(abbreviation: $a) { id } }`,
      variables: { a: abbreviation },
    }),
    signal: AbortSignal.timeout(2000),
  }).catch(() => null);
  if (!response?.ok) return undefined;
  const body = (await response.json()) as { data?: { institutionByAbbreviation: { id: string } | null } };
  return body.data ? (body.data.institutionByAbbreviation?.id ?? null) : undefined;
}

function institutionFromSeed(abbreviation: string): string | null {
  const { institutions } = generateDataset({ scale: 1 }).institutions;
  return institutions.find((row) => row.abbreviation?.toLowerCase() === abbreviation.toLowerCase())?.id ?? null;
}

async function institutionId(value: string): Promise<string> {
  if (UUID.test(value)) return value;
  const found = (await institutionFromGateway(value)) ?? institutionFromSeed(value);
  if (!found) throw new Error(`No institution has the abbreviation ${value}; give its ID instead.`);
  return found;
}

const signedInRoles = ROLES.filter((role): role is Exclude<Role, "public"> => role !== "public");

/** A token for the role; officers and operators act for the institution given, or KTL. */
async function developmentToken(role: Exclude<Role, "public">, institution: string | undefined) {
  const id = INSTITUTION_ROLES.includes(role) ? await institutionId(institution ?? "KTL") : undefined;
  return { id, token: await signDevelopmentToken(role, { ...readDevelopmentTokenDefaults(process.env), institutionId: id }) };
}

try {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { institution: { type: "string" } } });
  const [role] = positionals;
  if (role === undefined) {
    for (const each of signedInRoles) {
      const { id, token } = await developmentToken(each, values.institution);
      process.stdout.write(`${each}${id ? ` (institution ${id})` : ""}:\n  ${token}\n`);
    }
    process.stdout.write(`\nSend one as "Authorization: Bearer <token>"; send none to read as the public.\n`);
  } else if (!isRole(role) || role === "public") {
    throw new Error(`Unknown role ${role}: one of ${signedInRoles.join(", ")} (the public needs no token).`);
  } else {
    process.stdout.write(`${(await developmentToken(role, values.institution)).token}\n`);
  }
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}
