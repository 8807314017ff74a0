/**
 * How long the work after the search takes (the room pass, building the groups, explaining every
 * waiting person, the independent check), so the search can stop in time for the whole call to
 * end by its limit. Explaining grows with the people waiting; the room pass, building and checking
 * grow with the pool. The rates are a fresh process's on the 2-core benchmark machine under load
 * 4-8, rounded up: with one busy process beside the call they keep back 1.4-2.9 times what the
 * verdict took in the median run (BENCHMARKS.md, "deadline"), the margin its slowest runs needed.
 */

/** Work that does not grow with the pool: a fresh process compiles the explaining and checking code on first use. */
const FIXED_MS = 40;
/** The room pass, building and checking, per candidate. */
const MS_PER_CANDIDATE = 0.07;
/** Explaining, per waiting person (their reasons and the plans behind their suggestions). */
const MS_PER_WAITING = 0.5;
/** Validation's own time, as measured in this call, counts this many times: the checker reads the input again. */
const PARSE_MULTIPLE = 3;

/**
 * The time to keep back for the verdict, in ms.
 * @param n - candidates in the pool
 * @param parseMs - how long reading and validating the input took in this call: a slow machine, or a busy one, shows here first
 * @param placed - candidates in groups in the best composition so far (undefined before there is one)
 */
export function verdictTimeMs(n: number, parseMs: number, placed: number | undefined): number {
  const waiting = Math.max(0, n - (placed ?? 0));
  return Math.max(PARSE_MULTIPLE * parseMs, FIXED_MS + MS_PER_CANDIDATE * n + MS_PER_WAITING * waiting);
}
