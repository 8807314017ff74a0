/**
 * The tests that judge validation (src/model), gathered in one file for `npm run mutation:validate`.
 * Stryker's vitest runner runs test files one after the other in one thread, each importing zod
 * and src/model afresh; every static mutant re-runs them all, so one file pays that import once
 * per mutant instead of once per file (TESTING.md, "Mutation"). Not a `.test.ts`: `npm test`
 * runs each file on its own.
 */
import { expect, it } from "vitest";

// A mutant that makes a test file throw while loading registers no test, and Stryker's runner
// counts a run without a failed test as a survivor: each file is loaded here, and a failure to
// load fails the test below.
// schemaFieldsFollowTheSchema comes first: the field tables are built once, lazily, by the first
// test that reads an input, and Stryker's per-test coverage credits that test alone.
const FILES = [
  "../model/schemaFieldsFollowTheSchema.test.js",
  "../model/crossReferencePaths.test.js",
  "../model/everyMisspellingNamesItsField.test.js",
  "../model/issueCap.test.js",
  "../model/issueMessagesNameTheRuleAndLimit.test.js",
  "../model/issueTextsSayTheirFigures.test.js",
  "../model/noValueInMessages.test.js",
  "../model/personalNumber.test.js",
  "../model/personalNumberRefusesWhatThePolicyNames.test.js",
  "../model/readInputIsAGuardedPlainCopy.test.js",
  "../model/resultSchema.test.js",
  "../model/resultSchemaEnumerations.test.js",
  "../model/schemaBoundaries.test.js",
  "../model/unknownField.test.js",
  "../model/validate.test.js",
  "../hostile/validateNeverThrows.test.js",
  "../hostile/plantedPersonalNumbersNeverLeak.test.js",
];
const unloaded: string[] = [];
for (const file of FILES) {
  try {
    await import(file);
  } catch (error) {
    unloaded.push(`${file}: ${String(error)}`);
  }
}

it("every test file of the selection loads", () => {
  expect(unloaded).toEqual([]);
});
