import type { CriticalityLevel } from "@graphql-inspector/core";
import { buildSchema } from "graphql";

/**
 * The classified difference between two API schemas, computed by @graphql-inspector/core: every change
 * is BREAKING (clients' operations may stop working), DANGEROUS (they keep working but may behave
 * differently, e.g. a new enum value) or NON_BREAKING. Used by `npm run schema:check` and by the change
 * notifications the gateway sends partners.
 */
export type Criticality = "BREAKING" | "DANGEROUS" | "NON_BREAKING";

export interface SchemaChange {
  criticality: Criticality;
  /** graphql-inspector's change type, e.g. FIELD_REMOVED. */
  type: string;
  message: string;
  /** The schema coordinate the change is about, e.g. `Company.businessRegistrationNumber`. */
  path: string;
}

const CRITICALITY: Record<`${CriticalityLevel}`, Criticality> = {
  BREAKING: "BREAKING",
  DANGEROUS: "DANGEROUS",
  NON_BREAKING: "NON_BREAKING",
};

export async function classifyChanges(previousSdl: string, nextSdl: string): Promise<SchemaChange[]> {
  // Loaded on first use: a gateway without webhooks never needs it, and it costs start-up time.
  const { diff } = await import("@graphql-inspector/core");
  const changes = await diff(buildSchema(previousSdl), buildSchema(nextSdl));
  return changes
    .map((change) => ({
      criticality: CRITICALITY[change.criticality.level],
      type: change.type,
      message: change.message,
      path: change.path ?? "",
    }))
    .sort((a, b) => a.path.localeCompare(b.path) || a.type.localeCompare(b.type));
}

export const isBreaking = (changes: SchemaChange[]) => changes.some((change) => change.criticality === "BREAKING");
