import { ANONYMOUS, type Caller } from "../../lib/access/access.js";
import { readAssertionPrivateKey } from "../../lib/access/assertion-keys.js";
import { createCallerAssertionSigner } from "../../lib/access/caller-assertion.js";
import type { SubgraphName } from "../../lib/schema/composition.js";
import { createLogger, readLogLevel } from "../../lib/runtime/logger.js";
import { createAuthenticator, readAuthenticationConfig } from "../../gateway/src/authentication.js";

/**
 * What Hive Gateway needs to reach our subgraphs, loaded by its gateway.config.mjs
 * (scripts/lib/hive-gateway.ts): the caller verified from the bearer token by our gateway's own code
 * (AUTH_JWT_SECRET or AUTH_JWKS_URL; a bad token answers 401 UNAUTHENTICATED), and a caller assertion
 * per subgraph request signed with the gateway key in its environment (GATEWAY_ASSERTION_PRIVATE_KEY),
 * reused while fresh as our gateway does.
 */
const authenticate = createAuthenticator(readAuthenticationConfig(process.env), createLogger("hive-gateway", readLogLevel(process.env)));
const assertions = createCallerAssertionSigner("gateway", readAssertionPrivateKey(process.env, "gateway"));

interface HiveContext {
  request: Request;
  caller?: Caller;
}

/** An Envelop plugin: the verified caller in the context, before the operation runs. */
export const authenticateCaller = {
  async onContextBuilding({ context, extendContext }: { context: HiveContext; extendContext(extension: Partial<HiveContext>): void }) {
    const authorization = context.request.headers.get("authorization") ?? undefined;
    extendContext({ caller: await authenticate({ authorization }) });
  },
};

/** Hive's `propagateHeaders.fromClientToSubgraphs`: the caller asserted to the subgraph being called. */
export const callerAssertionHeaders = ({ context, subgraphName }: { context: Partial<HiveContext>; subgraphName: string }) =>
  assertions.headers(context.caller ?? ANONYMOUS, subgraphName as SubgraphName);
