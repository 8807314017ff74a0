/**
 * Finds Nordic national identity numbers in free text, in any spelling a spreadsheet or a
 * keyboard produces: any Unicode decimal digits (full-width, Arabic-Indic, ...), digits split by
 * `. - / +`, spaces or no-break spaces, zero-width characters slipped between them.
 *
 * What is refused (the policy, chosen because a missed number leaks a health record's identity,
 * while a false alarm only asks for another id or label):
 * - any digit sequence of the right length whose **control digits** are right and whose date is
 *   plausible, however its digits are grouped: Norwegian fødselsnummer, D-number (day + 40),
 *   H-number (month + 40) and synthetic test numbers (month + 80), mod-11 weights
 *   3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3 2; Swedish personnummer and samordningsnummer
 *   (10 or 12 digits, Luhn, day + 60); Danish CPR written DDMMYY-NNNN (no check digit since 2007),
 *   or 10 digits passing the old mod-11 check; Finnish henkilötunnus DDMMYY[-+A-FU-Y]NNNC;
 * - **whatever its control digits**, the shapes of a Norwegian number: 11 digits in a row, 6 + 5
 *   or 4 + 4 + 3 digits (any separator). A mistyped fødselsnummer still identifies a person to
 *   anyone holding the register, so a failed checksum does not make it safe.
 */

const FORMAT_CHARACTER = /\p{Cf}/gu;
const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/gu;
const DIGIT_RUN = /[0-9]+(?:[.\-/+\s\u00B7\u2010-\u2015\u2024\u2212]{1,3}[0-9]+)*/g;
const FINNISH = /(?<![0-9])([0-9]{6})([-+A-FU-Y])([0-9]{3})([0-9A-Y])(?![0-9A-Za-z])/gi;
// Nine digits is the fewest any format above holds (a Finnish number with a letter as check character).
const ENOUGH_DIGITS = /(?:[\p{Nd}\p{No}][^\p{Nd}\p{No}]*){9}/u;

const NO_WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const NO_WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const DK_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
const FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const NO_OFFSET = [0];

/**
 * True when `text` holds something that is, or is shaped like, a Nordic national identity number
 * (see the module comment for exactly what).
 *
 * @param text - an id or a label, as the caller wrote it.
 */
export function looksLikePersonalNumber(text: string): boolean {
  if (text.length < 9 || !ENOUGH_DIGITS.test(text)) return false;
  // NFKC turns compatibility forms (full-width digits and punctuation, mathematical digits) into ASCII;
  // invisible characters go, so a zero-width space cannot split a number; other scripts' digits follow.
  const plain = asciiDigits(text.normalize("NFKC").replace(FORMAT_CHARACTER, ""));
  return hasFinnishNumber(plain) || hasDigitNumber(plain);
}

/** Every Unicode decimal digit written as its ASCII digit. */
export function asciiDigits(text: string): string {
  return text.replace(NON_ASCII_DIGIT, (digit) => String(digitValue(digit.codePointAt(0) ?? 0)));
}

const digitValues = new Map<number, number>();

// Unicode encodes every decimal digit in a run of ten from 0 to 9, and runs of digits are whole runs of ten.
function digitValue(codePoint: number): number {
  const known = digitValues.get(codePoint);
  if (known !== undefined) return known;
  let steps = 0;
  while (/\p{Nd}/u.test(String.fromCodePoint(codePoint - steps - 1))) steps++;
  const value = steps % 10;
  digitValues.set(codePoint, value);
  return value;
}

function hasFinnishNumber(text: string): boolean {
  for (const match of text.matchAll(FINNISH)) {
    const [, date = "", , serial = "", check = ""] = match;
    if (plausibleDate(date, 0, 2, NO_OFFSET, NO_OFFSET) && FI_CHECK[Number(date + serial) % 31] === check.toUpperCase()) return true;
  }
  return false;
}

function hasDigitNumber(text: string): boolean {
  for (const match of text.matchAll(DIGIT_RUN)) {
    const run = match[0];
    const groups = run.split(/[^0-9]+/);
    const separators = run.split(/[0-9]+/).slice(1, -1);
    for (let start = 0; start < groups.length; start++) {
      let digits = "";
      for (let end = start; end < groups.length && digits.length < 12; end++) {
        digits += groups[end];
        const lengths = groups.slice(start, end + 1).map((g) => g.length);
        if (isPersonalNumber(digits, lengths, separators.slice(start, end))) return true;
      }
    }
  }
  return false;
}

/** Whether one digit sequence, written in groups of `lengths` split by `separators`, is a personal number. */
function isPersonalNumber(digits: string, lengths: number[], separators: string[]): boolean {
  const shape = lengths.join("+");
  if (digits.length === 11) return shape === "11" || shape === "6+5" || shape === "4+4+3" || isNorwegian(digits);
  if (digits.length === 10) {
    const cprShape = shape === "6+4" && separators[0]?.trim() === "-";
    return isSwedish(digits) || (plausibleDate(digits, 0, 2, NO_OFFSET, NO_OFFSET) && (cprShape || weightedSum(digits, DK_WEIGHTS) % 11 === 0));
  }
  // YYYYMMDD-NNNC: the check covers the ten digits after the century.
  return digits.length === 12 && isSwedish(digits.slice(2));
}

function isNorwegian(digits: string): boolean {
  const first = control(digits, NO_WEIGHTS_1);
  const second = control(digits, NO_WEIGHTS_2);
  return first === Number(digits[9]) && second === Number(digits[10]) && plausibleDate(digits, 0, 2, [0, 40], [0, 40, 80]);
}

/** A mod-11 control digit; 10 means no valid number has these digits. */
function control(digits: string, weights: number[]): number {
  const rest = 11 - (weightedSum(digits, weights) % 11);
  return rest === 11 ? 0 : rest;
}

function weightedSum(digits: string, weights: number[]): number {
  let sum = 0;
  weights.forEach((weight, i) => (sum += weight * Number(digits[i])));
  return sum;
}

function isSwedish(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const doubled = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum % 10 === 0 && plausibleDate(digits, 4, 2, [0, 60], NO_OFFSET);
}

/**
 * A day and month, read at `dayAt` and `monthAt`, that name a real date once one of the offsets
 * a register adds for numbers that are not birth dates is taken off (Norway: day + 40 for
 * D-numbers, month + 40 for H-numbers, + 80 for synthetic test numbers; Sweden: day + 60).
 */
function plausibleDate(digits: string, dayAt: number, monthAt: number, dayOffsets: number[], monthOffsets: number[]): boolean {
  const day = Number(digits.slice(dayAt, dayAt + 2));
  const month = Number(digits.slice(monthAt, monthAt + 2));
  return monthOffsets.some((mo) => {
    const m = month - mo;
    return m >= 1 && m <= 12 && dayOffsets.some((d0) => day - d0 >= 1 && day - d0 <= (DAYS_IN_MONTH[m - 1] ?? 0));
  });
}
