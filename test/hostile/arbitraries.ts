/** Hostile values for the fuzz properties: every JSON value, and every JS value fast-check can make. */
import fc from "fast-check";

const SURROGATES = 0x800;

/**
 * Any code point but a surrogate half: fast-check's `"binary"` unit, drawn alike (the same values
 * for the same seed), without the one-off cost of that unit (4-6 s per process on a 2-core machine,
 * paid by each test file and by every mutant of a Stryker run).
 */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff - SURROGATES }).map(
  (i) => String.fromCodePoint(i < 0xd800 ? i : i + SURROGATES),
  (value) => {
    const cp = typeof value === "string" ? value.codePointAt(0) : undefined;
    if (cp === undefined || String.fromCodePoint(cp) !== value || (cp >= 0xd800 && cp < 0xe000)) throw new TypeError("not one code point");
    return cp < 0xd800 ? cp : cp - SURROGATES;
  },
);

/** Any JSON value, with strings of any code points. */
export const anyJson = fc.jsonValue({ maxDepth: 6, stringUnit: anyCodePoint });

/** Any JS value: boxed primitives, bigints, dates, maps, sets, typed arrays, sparse arrays, null prototypes. */
export const anyValue = fc.anything({
  maxDepth: 5,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withTypedArray: true,
  withSparseArray: true,
  stringUnit: anyCodePoint,
});

/** Numbers JSON cannot hold but JavaScript callers can pass: NaN, ±Infinity, -0, huge and tiny. */
export const awkwardNumber = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53),
  fc.double(),
);
