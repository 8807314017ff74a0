import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asciiDigits, looksLikePersonalNumber } from "../../src/model/personalNumber.js";
import { DIGIT_ZEROS, elevenDigitsPlanted, inScript, nordicPlanted, norwegianNumber, norwegianPlanted, norwegianSpellings } from "../hostile/personalNumbers.js";
import { propertyRuns } from "../helpers/mutationRuns.js";

describe("looksLikePersonalNumber", () => {
  it("finds a valid fødselsnummer, D-number or H-number in every spelling", () => {
    fc.assert(
      fc.property(norwegianPlanted, ({ spelled, spelling }) => {
        expect(looksLikePersonalNumber(spelled), spelling).toBe(true);
      }),
      propertyRuns(2_000, 90),
    );
  });

  it("refuses 11 digits in a row, 6 + 5 or 4 + 4 + 3 whatever their control digits (a mistyped number still identifies someone)", () => {
    fc.assert(
      fc.property(elevenDigitsPlanted, ({ spelled, spelling }) => {
        expect(looksLikePersonalNumber(spelled), spelling).toBe(true);
      }),
      propertyRuns(1_000, 91),
    );
  });

  it("finds valid Swedish, Danish and Finnish numbers in their usual spellings", () => {
    fc.assert(
      fc.property(nordicPlanted, ({ spelled, spelling }) => {
        expect(looksLikePersonalNumber(spelled), spelling).toBe(true);
      }),
      propertyRuns(1_000, 92),
    );
  });

  it("finds the registers' own published examples", () => {
    // Skatteverket's personnummer example, a Finnish example from DVV, a Danish CPR example.
    for (const example of ["811218-9876", "19811218-9876", "131052-308T", "070761-4285"]) {
      expect(looksLikePersonalNumber(example), example).toBe(true);
    }
  });

  it("finds a valid number however its digits are grouped, not only in the named groupings", () => {
    const n = norwegianNumber(17, 5, 84, 123, "f") ?? norwegianNumber(17, 5, 84, 124, "f")!;
    expect(looksLikePersonalNumber(`${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`)).toBe(true);
    expect(looksLikePersonalNumber(`${n.slice(0, 2)}/${n.slice(2, 4)}/${n.slice(4, 6)}-${n.slice(6)}`)).toBe(true);
  });

  it("reads other scripts' digits as digits", () => {
    for (const zero of DIGIT_ZEROS) expect(asciiDigits(inScript("0123456789", zero))).toBe("0123456789");
  });

  it("leaves ordinary ids and labels alone: short ids, dates, case numbers, 10- and 12-digit runs that fail every check", () => {
    const ordinary = [
      "c1",
      "p-000123",
      "c00001",
      "kommune-0984",
      "tue-evening",
      "breast-cancer",
      "grief \u{1F54A}",
      "2025-01-15",
      "2024-01-15-001",
      "case-2024-000123",
      "0101701234",
      "010170123456",
      "room 12, floor 3",
      "+47 22 33 44 55",
      "12345678",
      "x".repeat(200),
    ];
    for (const text of ordinary) expect(looksLikePersonalNumber(text), text).toBe(false);
  });

  it("a digit sequence inside a longer run of digits is not read as a number of its own", () => {
    const n = norwegianNumber(1, 1, 70, 123, "f") ?? norwegianNumber(1, 1, 70, 124, "f")!;
    expect(looksLikePersonalNumber(`9${n}9`)).toBe(false);
  });

  it("every spelling of one number is found, checked one by one", () => {
    const n = norwegianNumber(29, 2, 96, 0, "d") ?? norwegianNumber(29, 2, 96, 1, "d")!;
    for (const [spelling, spelled] of norwegianSpellings(n)) expect(looksLikePersonalNumber(spelled), spelling).toBe(true);
  });
});
