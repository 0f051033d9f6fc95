/**
 * npm run test:shuffled: the same mocha run as npm test, with the test files in a random order, to
 * show that no file depends on another having run first. Mocha keeps the order of an explicit file
 * list (it sorts only under --sort), so the order here is the order run. The seed is printed; pass it
 * back (`npm run test:shuffled -- --seed 12345`, or SHUFFLE_SEED) to repeat an order. Any other
 * arguments go to mocha.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) return entry.name === "support" ? [] : testFiles(file);
      return entry.name.endsWith(".test.ts") ? [file] : [];
    })
    .sort();
}

/** mulberry32: a small seeded generator, so a printed seed gives the same order again. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const args = process.argv.slice(2);
const seedAt = args.indexOf("--seed");
const given = seedAt >= 0 ? args.splice(seedAt, 2)[1] : process.env.SHUFFLE_SEED;
const seed = given === undefined ? Math.floor(Math.random() * 1_000_000) : Number(given);
if (!Number.isInteger(seed)) throw new Error(`--seed takes a whole number, not ${given}`);

const files = testFiles("test");
const random = seededRandom(seed);
for (let i = files.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [files[i], files[j]] = [files[j], files[i]];
}
console.log(`test:shuffled seed ${seed} (repeat with --seed ${seed}); order:\n  ${files.join("\n  ")}`);
const run = spawnSync("npx", ["mocha", ...args, ...files], { stdio: "inherit" });
process.exit(run.status ?? 1);
