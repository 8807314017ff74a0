/**
 * The tests that judge validation (src/model), gathered in one file for `npm run mutation:validate`.
 * Stryker's vitest runner runs test files one after the other in one thread, each importing zod
 * and src/model afresh; every static mutant re-runs them all, so one file pays that import once
 * per mutant instead of fourteen times (TESTING.md, "Mutation"). Not a `.test.ts`: `npm test`
 * runs each file on its own.
 */
import "../model/crossReferencePaths.test.js";
import "../model/everyMisspellingNamesItsField.test.js";
import "../model/issueCap.test.js";
import "../model/issueTextsSayTheirFigures.test.js";
import "../model/noValueInMessages.test.js";
import "../model/personalNumber.test.js";
import "../model/resultSchema.test.js";
import "../model/resultSchemaEnumerations.test.js";
import "../model/schemaBoundaries.test.js";
import "../model/unknownField.test.js";
import "../model/validate.test.js";
import "../hostile/validateNeverThrows.test.js";
import "../hostile/plantedPersonalNumbersNeverLeak.test.js";
