/**
 * A national identity number planted anywhere a string goes — every string of a valid input that
 * uses every field, and as a key of every object — in every spelling, is refused, and appears
 * nowhere in what validate returns or what parse and compose throw.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError, type ValidateResult } from "../../src/index.js";
import { asciiDigits } from "../../src/model/personalNumber.js";
import { UNDER_MUTATION, propertyRuns } from "../helpers/mutationRuns.js";
import { validateTyped } from "./outcomes.js";
import { norwegianNumber, norwegianSpellings, plantedNumber, type PlantedNumber } from "./personalNumbers.js";
import { allPaths, at, objectPaths, replaced, richPool, type Path } from "./richPool.js";
import { thrownByParseAndCompose } from "./thrown.js";

/** Every path of the rich pool that holds a string: ids, references, labels, enumerations, dates. */
const STRING_PATHS: Path[] = allPaths(richPool()).filter((path) => typeof at(richPool(), path) === "string");
const OBJECT_PATHS: Path[] = objectPaths(richPool());

/** One position of each kind a number can be planted in: an id, a label, a reference, an enumeration, a date. */
const KIND_FIELDS = ["id", "problem", "knows", "gender", "waitingSince"];
const KIND_PATHS: Path[] = KIND_FIELDS.map((field) => STRING_PATHS.find((path) => path.filter((part) => typeof part === "string").pop() === field)!);

/**
 * Where each spelling is planted: every spelling at every string position, or under mutation
 * (helpers/mutationRuns.ts) every spelling at one position of each kind and every position in
 * one spelling, taken in turn: each spelling and each position, without their product.
 */
function plantings<S>(spellings: readonly S[]): [S, Path][] {
  if (!UNDER_MUTATION) return spellings.flatMap((spelling) => STRING_PATHS.map((path): [S, Path] => [spelling, path]));
  const everySpelling = spellings.flatMap((spelling) => KIND_PATHS.map((path): [S, Path] => [spelling, path]));
  return [...everySpelling, ...STRING_PATHS.map((path, i): [S, Path] => [spellings[i % spellings.length]!, path])];
}

/** Text as a comparison sees it: other scripts' digits as ASCII, separators and invisible characters gone. */
const squeezed = (text: string): string => asciiDigits(text.normalize("NFKC")).replace(/[^0-9A-Za-z]/g, "");

/** True when `text` holds the planted number, as spelt or as its digits however separated. */
function holds(text: string, planted: PlantedNumber): boolean {
  return text.includes(planted.spelled) || squeezed(text).includes(squeezed(planted.canonical));
}

/** Every text a thrown error offers a reader or a logger. */
function errorTexts(error: unknown): string {
  const e = error as Error;
  return [String(error), e.message, e.stack ?? "", JSON.stringify(error), JSON.stringify((error as { issues?: unknown }).issues ?? null)].join("\n");
}

/**
 * Throws the planted input at validate, and unless `validateOnly` at parse and compose; checks it
 * is refused and never repeated; returns validate's result.
 */
function expectRefusedUnrepeated(input: unknown, planted: PlantedNumber, where: Path | null, what: string, validateOnly = false): ValidateResult {
  const result = validateTyped(input);
  expect(result.success, what).toBe(false);
  expect(holds(JSON.stringify(result), planted), what).toBe(false);
  if (!result.success && where !== null) {
    expect(result.issues.some((issue) => JSON.stringify(issue.path) === JSON.stringify(where)), what).toBe(true);
  }
  for (const thrown of validateOnly ? [] : thrownByParseAndCompose(input)) {
    expect(thrown, what).toBeInstanceOf(ValidationError);
    expect(holds(errorTexts(thrown), planted), what).toBe(false);
  }
  return result;
}

/** Labels and ids refuse the number as such; enumerations and dates refuse it as not one of theirs. */
function expectedCode(path: Path): string[] {
  const field = path.filter((part) => typeof part === "string").pop();
  if (field === "gender" || field === "role" || field === "relation" || field === "patientSetting" || field === "expectation" || field === "mix" || field === "mode") return ["invalid_value"];
  if (field === "waitingSince" || field === "asOf") return ["invalid_format"];
  return ["looks_like_personal_number"];
}

describe("plantedPersonalNumbersNeverLeak", () => {
  it(`the rich pool has ${STRING_PATHS.length} string positions and ${OBJECT_PATHS.length} objects to plant in`, () => {
    expect(STRING_PATHS.length).toBeGreaterThan(60);
    expect(validateTyped(richPool()).success).toBe(true);
  });

  it("the leak check is live: it finds a number as spelt, in other digits, or split differently", () => {
    const canonical = "24128146197";
    expect(holds(`x ${canonical} y`, { canonical, spelled: "241281 46197", spelling: "" })).toBe(true);
    expect(holds(JSON.stringify({ message: "\u0662\u0664\u0661\u0662\u0668\u0661-\u0664\u0666\u0661\u0669\u0667" }), { canonical, spelled: "(other)", spelling: "" })).toBe(true);
    expect(holds("2412 8146 197", { canonical, spelled: "(other)", spelling: "" })).toBe(true);
  });

  it("one number in each of its spellings, in every string position, alone and inside other text, is refused there with the expected code", () => {
    const canonical = norwegianNumber(24, 12, 81, 461, "f") ?? norwegianNumber(24, 12, 81, 462, "f")!;
    for (const [[spelling, spelled], path] of plantings([...norwegianSpellings(canonical)])) {
      const planted = { canonical, spelled, spelling };
      for (const text of [spelled, `grief ${spelled}`]) {
        const input = replaced(path, text);
        const what = `${spelling} at ${JSON.stringify(path)}`;
        // Under mutation the sweep judges validate alone; the properties below still try parse and compose.
        const result = expectRefusedUnrepeated(input, planted, path, what, UNDER_MUTATION);
        if (!result.success) {
          const codes = result.issues.filter((issue) => JSON.stringify(issue.path) === JSON.stringify(path)).map((issue) => issue.code);
          expect(codes, what).toEqual(expect.arrayContaining(expectedCode(path)));
        }
      }
    }
  });

  it("any number (Norwegian in any spelling, a bare 11-digit shape, Swedish, Danish, Finnish) in any string position is refused and never repeated", () => {
    fc.assert(
      fc.property(plantedNumber, fc.constantFrom(...STRING_PATHS), fc.constantFrom("", "note ", "x-"), (planted, path, prefix) => {
        expectRefusedUnrepeated(replaced(path, `${prefix}${planted.spelled}`), planted, path, `${planted.spelling} at ${JSON.stringify(path)}`);
      }),
      propertyRuns(1_500, 97, 60),
    );
  });

  it("any number used as a field name, in any object, is reported as an unknown field and never repeated", () => {
    fc.assert(
      fc.property(plantedNumber, fc.constantFrom(...OBJECT_PATHS), (planted, path) => {
        const input = replaced([...path, planted.spelled], 1);
        const result = expectRefusedUnrepeated(input, planted, path, `${planted.spelling} as a key at ${JSON.stringify(path)}`);
        if (!result.success) expect(result.issues.map((issue) => issue.code)).toContain("unknown_field");
      }),
      propertyRuns(500, 98, 30),
    );
  });

  it("the same number planted in several places at once is refused at each and repeated nowhere", () => {
    fc.assert(
      fc.property(plantedNumber, fc.uniqueArray(fc.constantFrom(...STRING_PATHS), { minLength: 2, maxLength: 6 }), (planted, paths) => {
        const pool = richPool();
        for (const path of paths) (at(pool, path.slice(0, -1)) as Record<string | number, unknown>)[path[path.length - 1]!] = planted.spelled;
        expectRefusedUnrepeated(pool, planted, null, planted.spelling);
      }),
      propertyRuns(300, 99, 20),
    );
  });
});
