import { watch, type FSWatcher } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { SupergraphSdlHook } from "@apollo/gateway";
import type { Logger } from "pino";
import { supergraphForApolloGateway } from "./security-features.js";

/**
 * A supergraph file the gateway serves and reloads when it changes, for ApolloGateway's `supergraphSdl`
 * option. The file's folder is watched (a rewrite by rename replaces the file's inode, which a watch on the
 * file itself would miss) and polled every `pollMs` as well (watches are unreliable on network and
 * container file systems). A new supergraph goes to Apollo Gateway's `update`, which swaps the schema
 * atomically: requests already running finish on the old one. A file that does not load (half written,
 * or invalid) is logged and the schema in service stays.
 */
export type SupergraphChangeListener = (change: { previousSdl: string; nextSdl: string }) => void;

export interface SupergraphSource {
  hook: SupergraphSdlHook;
  /** The supergraph in service, as written in the file (before security-features.ts adapts it). */
  current(): string;
  /** Called after each successful reload. */
  onChange(listener: SupergraphChangeListener): void;
}

/** A watch reports a write as it starts; the file is read once it has been quiet this long. */
const SETTLE_MS = 100;

export function watchSupergraphFile(file: string, options: { pollMs: number; logger: Logger; name: string }): SupergraphSource {
  const { logger, name } = options;
  const listeners: SupergraphChangeListener[] = [];
  let served = "";

  const hook: SupergraphSdlHook = async ({ update }) => {
    served = await readFile(file, "utf8");
    let settleTimer: NodeJS.Timeout | undefined;
    let reloading = Promise.resolve();
    const reload = async () => {
      const next = await readFile(file, "utf8").catch((error: Error) => {
        logger.warn({ supergraph: name, file, error: error.message }, "supergraph file unreadable; keeping the schema in service");
        return served;
      });
      if (next === served) return;
      try {
        update(supergraphForApolloGateway(next));
      } catch (error) {
        logger.error(
          { supergraph: name, file, error: (error as Error).message },
          "new supergraph does not load; keeping the schema in service",
        );
        return;
      }
      const previousSdl = served;
      served = next;
      logger.info({ supergraph: name, file }, "supergraph reloaded");
      for (const listener of listeners) listener({ previousSdl, nextSdl: next });
    };
    // One reload at a time, in order, so two quick writes cannot race.
    const enqueueReload = () => (reloading = reloading.then(reload));
    const scheduleReload = () => {
      clearTimeout(settleTimer);
      settleTimer = setTimeout(enqueueReload, SETTLE_MS);
    };
    let watcher: FSWatcher | undefined;
    try {
      watcher = watch(path.dirname(file), (_event, changed) => {
        if (!changed || changed === path.basename(file)) scheduleReload();
      });
    } catch (error) {
      logger.warn({ supergraph: name, file, error: (error as Error).message }, "cannot watch the supergraph file; polling only");
    }
    const poll = setInterval(enqueueReload, options.pollMs);
    poll.unref();
    return {
      supergraphSdl: supergraphForApolloGateway(served),
      cleanup: async () => {
        watcher?.close();
        clearInterval(poll);
        clearTimeout(settleTimer);
        await reloading;
      },
    };
  };

  return {
    hook,
    current: () => served,
    onChange: (listener) => void listeners.push(listener),
  };
}
