import { writeFileSync } from "node:fs";
import path from "node:path";
import Mocha from "mocha";

/**
 * A mocha reporter for finding where the suite's time goes:
 * `npx mocha 'test/**\/*.test.ts' --reporter test/support/file-times-reporter.ts`. Prints, at the end,
 * the root hooks' startup, each file's time (slowest first), hooks over 300 ms and tests over 500 ms;
 * FILE_TIMES_OUT=<file> also writes it to a file. It judges nothing: speed goals live in scripts/bench.ts.
 */
const { EVENT_SUITE_BEGIN, EVENT_SUITE_END, EVENT_TEST_END, EVENT_HOOK_BEGIN, EVENT_HOOK_END, EVENT_RUN_END } = Mocha.Runner.constants;

type Timed = [ms: number, title: string, file: string | undefined];

class FileTimesReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const runStart = Date.now();
    let firstFileStart: number | undefined;
    let hookStart = 0;
    const files = new Map<string, { ms: number; start: number; tests: number }>();
    const hooks: Timed[] = [];
    const tests: Timed[] = [];
    const isFileSuite = (suite: Mocha.Suite) => Boolean(suite.file && suite.parent?.root);

    runner.on(EVENT_SUITE_BEGIN, (suite: Mocha.Suite) => {
      if (!isFileSuite(suite)) return;
      const entry = files.get(suite.file!) ?? { ms: 0, start: 0, tests: 0 };
      entry.start = Date.now();
      firstFileStart ??= entry.start;
      files.set(suite.file!, entry);
    });
    runner.on(EVENT_SUITE_END, (suite: Mocha.Suite) => {
      const entry = isFileSuite(suite) ? files.get(suite.file!) : undefined;
      if (entry) entry.ms += Date.now() - entry.start;
    });
    runner.on(EVENT_TEST_END, (test: Mocha.Test) => {
      tests.push([test.duration ?? 0, test.fullTitle(), test.file]);
      const entry = test.file ? files.get(test.file) : undefined;
      if (entry) entry.tests += 1;
    });
    runner.on(EVENT_HOOK_BEGIN, () => (hookStart = Date.now()));
    runner.on(EVENT_HOOK_END, (hook: Mocha.Hook) => hooks.push([Date.now() - hookStart, hook.fullTitle(), hook.file]));
    runner.once(EVENT_RUN_END, () => {
      const relative = (file: string | undefined) => (file ? path.relative(process.cwd(), file) : "");
      const row = ([ms, title, file]: Timed) => `${String(ms).padStart(7)} ms  ${relative(file)}  ${title}`;
      const byFile = [...files].sort(([, a], [, b]) => b.ms - a.ms);
      const lines = [
        `root hooks' startup (run start to the first file): ${(firstFileStart ?? Date.now()) - runStart} ms`,
        `files: ${byFile.reduce((sum, [, entry]) => sum + entry.ms, 0)} ms; whole run: ${Date.now() - runStart} ms`,
        ...byFile.map(([file, entry]) => `${String(entry.ms).padStart(7)} ms ${String(entry.tests).padStart(3)} tests  ${relative(file)}`),
        "--- hooks over 300 ms",
        ...hooks
          .filter(([ms]) => ms > 300)
          .sort(([a], [b]) => b - a)
          .map(row),
        "--- tests over 500 ms",
        ...tests
          .filter(([ms]) => ms > 500)
          .sort(([a], [b]) => b - a)
          .map(row),
        `passes ${this.stats.passes}, failures ${this.stats.failures}, pending ${this.stats.pending}`,
        ...this.failures.map((test) => `FAILED ${test.fullTitle()}: ${(test as Mocha.Test & { err?: Error }).err?.message ?? ""}`),
      ];
      if (process.env.FILE_TIMES_OUT) writeFileSync(process.env.FILE_TIMES_OUT, `${lines.join("\n")}\n`);
      console.log(lines.join("\n"));
    });
  }
}

export default FileTimesReporter;
