import { readInteger, type Environment } from "../runtime/config.js";
import { badUserInput } from "../runtime/errors.js";

/**
 * Every list in the graph is a connection: `nodes`, `totalCount` and `pageInfo`, paged with
 * `first` (at most MAX_PAGE_SIZE) and `after` (an opaque cursor from a previous page's `endCursor`).
 */
export const DEFAULT_PAGE_SIZE = 20;
/** The largest page a subgraph serves (MAX_PAGE_SIZE, default 100), read once at start-up. */
export const readMaxPageSize = (env: Environment): number =>
  readInteger(env, "MAX_PAGE_SIZE", 100, { min: DEFAULT_PAGE_SIZE, max: 10_000 });

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page {
  offset: number;
  limit: number;
}

export interface Connection<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const CURSOR_PREFIX = "offset:";

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString("base64url");
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const offset = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw badUserInput("The cursor is not one this API gave out; pass a page's pageInfo.endCursor as `after`.", "after");
  }
  return offset + 1;
}

/** `maxPageSize` is the subgraph's MAX_PAGE_SIZE; resolvers call the context's `readPage` (lib/subgraph/subgraph-context.ts), which passes it. */
export function readPage(args: PageArgs, maxPageSize: number): Page {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > maxPageSize) {
    throw badUserInput(`A page holds from 0 to ${maxPageSize} items; \`first\` was ${limit}.`, "first");
  }
  return { limit, offset: args.after ? decodeCursor(args.after) : 0 };
}

export function toConnection<T>(nodes: T[], totalCount: number, page: Page): Connection<T> {
  const last = page.offset + nodes.length - 1;
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: last + 1 < totalCount, endCursor: nodes.length ? encodeCursor(last) : null },
  };
}
