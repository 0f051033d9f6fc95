import { startFromTheSeed, startTestGraph, stopTestGraph } from "./graph.js";

/**
 * Gives each test file's first suite a first "before all" hook that puts the seeded database back if an
 * earlier file wrote (support/seed-snapshot.ts), so every file starts from the seed in any order. It must
 * run before the file's own hooks, which may already write; mocha has no public way to put a hook first,
 * hence the check on its internal list.
 */
function startEachFileFromTheSeed(root: Mocha.Suite): void {
  const files = new Set<string>();
  for (const suite of root.suites) {
    if (!suite.file || files.has(suite.file)) continue;
    files.add(suite.file);
    const hooks = (suite as unknown as { _beforeAll?: Mocha.Hook[] })._beforeAll;
    if (!Array.isArray(hooks)) throw new Error("mocha's Suite no longer keeps _beforeAll: put the seed back another way");
    suite.beforeAll("start from the seeded database", async function () {
      this.timeout(60_000);
      await startFromTheSeed();
    });
    hooks.unshift(hooks.pop()!);
  }
  if (root.tests.length) throw new Error("a test outside any describe would not start from the seed: put it in a describe");
}

/** Mocha root hooks: one database and one running graph for the whole run, always torn down. */
export const mochaHooks = {
  async beforeAll(this: Mocha.Context) {
    this.timeout(180_000);
    try {
      await startTestGraph();
    } catch (error) {
      await stopTestGraph();
      throw error;
    }
    startEachFileFromTheSeed(this.test!.parent!);
  },
  async afterAll(this: Mocha.Context) {
    this.timeout(60_000);
    await stopTestGraph();
  },
};
