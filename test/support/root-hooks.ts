import { startTestGraph, stopTestGraph } from "./graph.js";

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
  },
  async afterAll(this: Mocha.Context) {
    this.timeout(60_000);
    await stopTestGraph();
  },
};
