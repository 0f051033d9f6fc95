import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "@graphql-codegen/cli";
import { expect } from "chai";
import config, { finishGenerated } from "../codegen.js";

describe("generated types", () => {
  it("every committed generated file is what `npm run codegen` gives from the SDL now", async () => {
    // The same configuration in memory: generate(…, false) writes nothing and runs no write hooks.
    const outputs: Array<{ filename: string; content: string }> = await generate({ ...config, silent: true }, false);
    expect(outputs.map(({ filename }) => filename)).to.have.members(Object.keys(config.generates));
    for (const { filename, content } of outputs) {
      const path = join(config.cwd!, filename);
      const expected = await finishGenerated(path, content);
      expect(readFileSync(path, "utf8"), `${filename}: run \`npm run codegen\` and commit the result`).to.equal(expected);
    }
  });
});
