import process from "node:process";

// Mutation testing of the checker (src/check) — a benchmark, not part of `npm test`.
// `npm run mutation` mutates src/check; `npm run mutation:model` mutates src/model.
// See TESTING.md for the scores and the surviving mutants judged equivalent.
// `SAMMEN_MUTATE=model-validate` mutates src/model too, judged by fewer tests (vitest.mutation.config.ts).
const mode = process.env.SAMMEN_MUTATE === "model" || process.env.SAMMEN_MUTATE === "model-validate" ? process.env.SAMMEN_MUTATE : "check";
const target = mode === "check" ? "check" : "model";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [`src/${target}/**/*.ts`],
  coverageAnalysis: "perTest",
  concurrency: 2,
  incremental: true,
  incrementalFile: `stryker/incremental-${mode}.json`,
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: `reports/mutation/${target}.json` },
  htmlReporter: { fileName: `reports/mutation/${target}.html` },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  timeoutMS: 10_000,
  ignoreStatic: false,
};
