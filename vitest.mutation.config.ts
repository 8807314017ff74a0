import { defineConfig } from "vitest/config";

// The tests that judge the code under mutation, and only those, so each mutant costs seconds:
// the checker (src/check) is judged by test/check; validation (src/model) by test/model and
// test/hostile. test/hostile also reaches the checker through compose, but slowly (a compose
// per case) and incidentally, so the checker's run leaves it out (TESTING.md, "Mutation").
// "model-validate" judges validation by its own tests and the hostile tests that call `validate` alone,
// gathered in one file (test/mutation/validation.suite.ts): the other hostile tests compose per
// case, which makes each static mutant cost minutes (TESTING.md, "Mutation").
const mode = process.env.SAMMEN_MUTATE ?? "check";
const include =
  mode === "model"
    ? ["test/model/**/*.test.ts", "test/hostile/**/*.test.ts"]
    : mode === "model-validate"
      ? ["test/mutation/validation.suite.ts"]
      : ["test/check/**/*.test.ts"];
// The 50,000-candidate scale test guards speed and stack depth, not rule logic; it covers every
// mutant and would add seconds to each, so mutation leaves it out. The editor-hover test reads
// type declarations built from the sources, which no mutant of runtime code changes, and builds
// them first (about 20 s) wherever dist/ is stale, as in Stryker's sandbox.
const exclude = ["test/check/scale.test.ts", "test/model/editorShowsFieldDocs.test.ts"];

export default defineConfig({
  test: {
    include,
    exclude,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Read by test/helpers/mutationRuns.ts: properties run a tenth of their cases, on fixed seeds.
    env: { SAMMEN_MUTATION: "1" },
    // The gathered suite's one snapshot test keeps its snapshot beside its own file.
    resolveSnapshotPath: (testPath, extension) =>
      testPath.endsWith("validation.suite.ts") ? testPath.replace(/mutation[\\/]validation\.suite\.ts$/, `model/__snapshots__/issueTextsSayTheirFigures.test.ts${extension}`) : testPath.replace(/([^\\/]+)$/, `__snapshots__/$1${extension}`),
  },
});
