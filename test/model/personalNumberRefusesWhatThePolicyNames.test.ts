/**
 * `looksLikePersonalNumber` refuses exactly what its policy names, in the shapes that need a
 * check: ten digits (Swedish Luhn with a real date, day + 60 allowed; Danish DDMMYY with a real
 * date, written DDMMYY-NNNN or passing the old mod-11 check), twelve (Swedish with the century),
 * eleven in a grouping that is no Norwegian shape (both control digits and a real date, D-, H- and
 * test-number offsets allowed) and Finnish DDMMYY-NNNC. The oracle is written from the policy
 * in the module comment, apart from the implementation.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { looksLikePersonalNumber } from "../../src/model/personalNumber.js";
import { propertyRuns } from "../helpers/mutationRuns.js";
import { norwegianNumber } from "../hostile/personalNumbers.js";

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const realDate = (day: number, month: number): boolean => month >= 1 && month <= 12 && day >= 1 && day <= DAYS[month - 1]!;
const two = (digits: string, at: number): number => Number(digits.slice(at, at + 2));
const weighted = (digits: string, weights: number[]): number => weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0);

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const v = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += v > 9 ? v - 9 : v;
  }
  return sum % 10 === 0;
}
const swedish = (d: string): boolean => luhn(d) && (realDate(two(d, 4), two(d, 2)) || realDate(two(d, 4) - 60, two(d, 2)));
const danishDate = (d: string): boolean => realDate(two(d, 0), two(d, 2));
const danishMod11 = (d: string): boolean => weighted(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0;
function mod11(d: string, weights: number[]): number {
  const k = 11 - (weighted(d, weights) % 11);
  return k === 11 ? 0 : k;
}
function norwegian(d: string): boolean {
  const controls = mod11(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) === Number(d[9]) && mod11(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === Number(d[10]);
  const day = two(d, 0);
  const month = two(d, 2);
  return controls && [0, 40].some((d0) => [0, 40, 80].some((m0) => realDate(day - d0, month - m0)));
}
const FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";

const pad = (n: number, width: number): string => String(n).padStart(width, "0");
/** Ten digits whose date fields often hold a real date, with or without an offset. */
const tenDigits = fc
  .tuple(fc.integer({ min: 0, max: 93 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9_999 }))
  .chain(([a, b, c, d]) => fc.constantFrom(`${pad(a, 2)}${pad(b, 2)}${pad(c, 2)}${pad(d, 4)}`, `${pad(c, 2)}${pad(b, 2)}${pad(a, 2)}${pad(d, 4)}`));
/** Eleven digits: a valid Norwegian number with one digit possibly changed, or date-like digits. */
const elevenDigits = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom("f", "d", "h"), fc.integer({ min: -1, max: 10 }), fc.integer({ min: 0, max: 9 }))
    .map(([day, month, year, individual, kind, at, digit]) => {
      const n = norwegianNumber(day, month, year, individual, kind) ?? `${pad(day, 2)}${pad(month, 2)}${pad(year, 2)}${pad(individual, 3)}00`;
      return at < 0 ? n : `${n.slice(0, at)}${digit}${n.slice(at + 1)}`;
    }),
  fc.tuple(fc.integer({ min: 0, max: 75 }), fc.integer({ min: 0, max: 95 }), fc.integer({ min: 0, max: 99_999_99 })).map(([d, m, rest]) => `${pad(d, 2)}${pad(m, 2)}${pad(rest, 7)}`),
);

describe("looksLikePersonalNumber refuses what the policy names, and only that", () => {
  it("ten digits in a row: a Swedish number with a real date, or a Danish date passing mod 11", () => {
    fc.assert(fc.property(tenDigits, (d) => void expect(looksLikePersonalNumber(d), d).toBe(swedish(d) || (danishDate(d) && danishMod11(d)))), propertyRuns(1_000, 90));
  });

  it("ten digits written DDMMYY-NNNN: any real Danish date, or a Swedish number", () => {
    fc.assert(fc.property(tenDigits, (d) => void expect(looksLikePersonalNumber(`${d.slice(0, 6)}-${d.slice(6)}`), d).toBe(swedish(d) || danishDate(d))), propertyRuns(1_000, 91));
  });

  it("twelve digits: the ten after the century are a Swedish number with a real date", () => {
    fc.assert(fc.property(fc.constantFrom("19", "20", "18"), tenDigits, (century, d) => void expect(looksLikePersonalNumber(`${century}${d}`), d).toBe(swedish(d))), propertyRuns(1_000, 92));
  });

  it("eleven digits grouped DD.MM.YY NNNNN (no Norwegian shape): both control digits and a real date", () => {
    fc.assert(fc.property(elevenDigits, (d) => void expect(looksLikePersonalNumber(`${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)} ${d.slice(6)}`), d).toBe(norwegian(d))), propertyRuns(1_000, 93));
  });

  it("Finnish DDMMYY-NNNC with a letter as check character: a real date and the right letter", () => {
    const finnish = fc.tuple(fc.integer({ min: 0, max: 35 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 999 }), fc.boolean(), fc.constantFrom(..."ABCDEFHJKLMNPRSTUVWXY"));
    fc.assert(
      fc.property(finnish, ([day, month, year, serial, right, letter]) => {
        const date = `${pad(day, 2)}${pad(month, 2)}${pad(year, 2)}`;
        const correct = FI_CHECK[Number(date + pad(serial, 3)) % 31]!;
        const check = right && /[A-Z]/.test(correct) ? correct : letter;
        const text = `${date}-${pad(serial, 3)}${check.toLowerCase()}`;
        expect(looksLikePersonalNumber(text), text).toBe(realDate(day, month) && check === correct);
      }),
      propertyRuns(1_000, 94),
    );
  });

  it("the Danish shape is six digits, a hyphen (spaces around it allowed) and four: no other grouping or separator", () => {
    // 3112991234 passes neither the Swedish nor the Danish mod-11 check; 31.12 is a real date.
    expect(looksLikePersonalNumber("311299-1234")).toBe(true);
    expect(looksLikePersonalNumber("311299 - 1234")).toBe(true);
    for (const text of ["311299 1234", "311299/1234", "31-12991234", "3112-991234"]) expect(looksLikePersonalNumber(text), text).toBe(false);
  });

  it("a number after other digits or before other text is still found in its own shape", () => {
    expect(looksLikePersonalNumber("131052-308T is mine")).toBe(true);
    expect(looksLikePersonalNumber("99 311299-1234")).toBe(true);
    expect(looksLikePersonalNumber("12 34567890123")).toBe(true);
    expect(looksLikePersonalNumber("311299-1234 12")).toBe(true);
  });
});
