/** Hostile values for the fuzz properties: every JSON value, and every JS value fast-check can make. */
import fc from "fast-check";

/** Any JSON value, with strings drawn from all UTF-16 code units (lone surrogates included). */
export const anyJson = fc.jsonValue({ maxDepth: 6, stringUnit: "binary" });

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
  stringUnit: "binary",
});

/** Numbers JSON cannot hold but JavaScript callers can pass: NaN, ±Infinity, -0, huge and tiny. */
export const awkwardNumber = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53),
  fc.double(),
);
