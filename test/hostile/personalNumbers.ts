/**
 * Nordic national identity numbers for the hostile tests, made by an implementation of the
 * registers' rules written apart from `src/model/personalNumber.ts`, and spelt every way a
 * spreadsheet or keyboard can spell them.
 */
import fc from "fast-check";

/** A number as digits (and a Finnish check letter), and how it was spelt. */
export interface PlantedNumber {
  /** What the register holds: ASCII digits, e.g. "01017012345". */
  canonical: string;
  /** The text planted in the input. */
  spelled: string;
  /** What was done to spell it, for failure messages. */
  spelling: string;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** Norwegian mod-11 control digit, or null when the weights give 10 (no such number). */
function mod11(digits: string, weights: readonly number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits.charAt(i)), 0);
  const k = (11 - (sum % 11)) % 11;
  return k === 10 ? null : k;
}

/** A valid fødselsnummer (kind "f"), D-number ("d", day + 40) or H-number ("h", month + 40), or null when the draw has no control digits. */
export function norwegianNumber(day: number, month: number, year: number, individual: number, kind: "f" | "d" | "h"): string | null {
  const dd = pad2(day + (kind === "d" ? 40 : 0));
  const mm = pad2(month + (kind === "h" ? 40 : 0));
  const nine = `${dd}${mm}${pad2(year)}${String(individual).padStart(3, "0")}`;
  const k1 = mod11(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
  if (k1 === null) return null;
  const k2 = mod11(nine + String(k1), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return k2 === null ? null : `${nine}${k1}${k2}`;
}

/** A Swedish personnummer YYMMDDNNNC with its Luhn check digit. */
export function swedishNumber(year: number, month: number, day: number, serial: number): string {
  const nine = `${pad2(year)}${pad2(month)}${pad2(day)}${String(serial).padStart(3, "0")}`;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const v = Number(nine.charAt(i)) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(v / 10) + (v % 10);
  }
  return `${nine}${(10 - (sum % 10)) % 10}`;
}

/** A Finnish henkilötunnus DDMMYY-NNNC (century sign included). */
export function finnishNumber(day: number, month: number, year: number, serial: number, century: string): string {
  const date = `${pad2(day)}${pad2(month)}${pad2(year)}`;
  const nnn = String(serial).padStart(3, "0");
  return `${date}${century}${nnn}${"0123456789ABCDEFHJKLMNPRSTUVWXY".charAt(Number(date + nnn) % 31)}`;
}

/** Writes ASCII digits with the digits of another script, whose zero is `zero`. */
export function inScript(text: string, zero: number): string {
  return text.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));
}

/** Zeros of some Unicode digit scripts: full-width, Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Thai, mathematical bold. */
export const DIGIT_ZEROS = [0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x1d7ce] as const;

/** Separators people and spreadsheets put between digit groups. */
export const SEPARATORS = [" ", "-", ".", "/", "\u00a0", "\u202f", " - "] as const;

/** Every way an 11-digit Norwegian number is spelt here: groupings, separators, scripts, hidden characters, surrounding text. */
export function norwegianSpellings(n: string): [string, string][] {
  const out: [string, string][] = [["11 in a row", n]];
  for (const sep of SEPARATORS) {
    out.push([`6+5 split by ${JSON.stringify(sep)}`, `${n.slice(0, 6)}${sep}${n.slice(6)}`]);
    out.push([`4+4+3 split by ${JSON.stringify(sep)}`, `${n.slice(0, 4)}${sep}${n.slice(4, 8)}${sep}${n.slice(8)}`]);
  }
  out.push(["date with dots, then the rest", `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)} ${n.slice(6)}`]);
  for (const zero of DIGIT_ZEROS) out.push([`digits from U+${zero.toString(16)}`, inScript(n, zero)]);
  out.push(["full-width digits, 6+5", inScript(`${n.slice(0, 6)}-${n.slice(6)}`, 0xff10)]);
  out.push(["a zero-width space inside", `${n.slice(0, 5)}\u200b${n.slice(5)}`]);
  out.push(["a soft hyphen inside", `${n.slice(0, 6)}\u00ad${n.slice(6)}`]);
  out.push(["in a sentence", `fnr ${n.slice(0, 6)} ${n.slice(6)} (ring)`]);
  out.push(["after a prefix", `pid-${n}`]);
  return out;
}

const day = fc.integer({ min: 1, max: 28 });
const month = fc.integer({ min: 1, max: 12 });
const year = fc.integer({ min: 0, max: 99 });

/** A valid Norwegian number of any kind, spelt one of the ways above. */
export const norwegianPlanted: fc.Arbitrary<PlantedNumber> = fc
  .tuple(day, month, year, fc.integer({ min: 0, max: 999 }), fc.constantFrom<"f" | "d" | "h">("f", "d", "h"))
  .map(([d, m, y, i, kind]) => norwegianNumber(d, m, y, i, kind))
  .filter((n): n is string => n !== null)
  .chain((canonical) => fc.constantFrom(...norwegianSpellings(canonical)).map(([spelling, spelled]) => ({ canonical, spelled, spelling })));

/** Eleven digits that may fail every check, in the shapes refused whatever their control digits. */
export const elevenDigitsPlanted: fc.Arbitrary<PlantedNumber> = fc
  .tuple(fc.stringMatching(/^[0-9]{11}$/), fc.constantFrom(...SEPARATORS), fc.constantFrom(...DIGIT_ZEROS, 0x30))
  .chain(([canonical, sep, zero]) =>
    fc.constantFrom<[string, string][]>(
      ["11 in a row", canonical],
      ["6+5", `${canonical.slice(0, 6)}${sep}${canonical.slice(6)}`],
      ["4+4+3", `${canonical.slice(0, 4)}${sep}${canonical.slice(4, 8)}${sep}${canonical.slice(8)}`],
    ).map(([spelling, spelled]) => ({ canonical, spelled: inScript(spelled, zero), spelling: `${spelling}, zero U+${zero.toString(16)}` })),
  );

/** Valid Swedish, Danish and Finnish numbers in their usual spellings. */
export const nordicPlanted: fc.Arbitrary<PlantedNumber> = fc.oneof(
  fc.tuple(year, month, day, fc.integer({ min: 0, max: 999 }), fc.boolean()).chain(([y, m, d, s, coordination]) => {
    const canonical = swedishNumber(y, m, d + (coordination ? 60 : 0), s);
    return fc.constantFrom<[string, string][]>(
      ["Swedish YYMMDD-NNNC", `${canonical.slice(0, 6)}-${canonical.slice(6)}`],
      ["Swedish YYMMDD+NNNC", `${canonical.slice(0, 6)}+${canonical.slice(6)}`],
      ["Swedish 10 in a row", canonical],
      ["Swedish YYYYMMDD-NNNC", `19${canonical.slice(0, 6)}-${canonical.slice(6)}`],
    ).map(([spelling, spelled]) => ({ canonical, spelled, spelling }));
  }),
  fc.tuple(day, month, year, fc.stringMatching(/^[0-9]{4}$/)).map(([d, m, y, serial]) => {
    const canonical = `${pad2(d)}${pad2(m)}${pad2(y)}${serial}`;
    return { canonical, spelled: `${canonical.slice(0, 6)}-${serial}`, spelling: "Danish DDMMYY-NNNN" };
  }),
  fc.tuple(day, month, year, fc.integer({ min: 2, max: 899 }), fc.constantFrom("-", "+", "A", "B", "Y")).map(([d, m, y, s, c]) => {
    const canonical = finnishNumber(d, m, y, s, c);
    return { canonical, spelled: canonical, spelling: `Finnish, century sign ${c}` };
  }),
);

/** Any planted number: valid Norwegian ones in every spelling, bare 11-digit shapes, other Nordic formats. */
export const plantedNumber: fc.Arbitrary<PlantedNumber> = fc.oneof(
  { weight: 3, arbitrary: norwegianPlanted },
  { weight: 1, arbitrary: elevenDigitsPlanted },
  { weight: 2, arbitrary: nordicPlanted },
);
