import { readFileSync } from "node:fs";
import { expect } from "chai";
import { composeSupergraph, SUPERGRAPH_PATH } from "../lib/composition.js";

describe("composition", () => {
  it("the committed schema/supergraph.graphql is what composing the subgraph SDLs gives now", () => {
    const result = composeSupergraph();
    if (!result.ok) return expect.fail(`composition failed:\n${result.errors.join("\n")}`);
    expect(readFileSync(SUPERGRAPH_PATH, "utf8"), "run `npm run compose` and commit the result").to.equal(result.supergraphSdl);
  });

  it("a subgraph change that breaks composition fails with the error and the subgraphs it names", () => {
    const result = composeSupergraph((name) => {
      const sdl = readFileSync(new URL(`../schema/${name}.graphql`, import.meta.url), "utf8");
      // A shared value type that one subgraph redefines incompatibly.
      return name === "institutions" ? sdl.replace("hasNextPage: Boolean!", "hasNextPage: String!") : sdl;
    });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const text = result.errors.join("\n");
    expect(text).to.match(/PageInfo\.hasNextPage/);
    expect(text).to.match(/institutions/);
  });
});
