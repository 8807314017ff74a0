/**
 * How long the work after the search takes (the room pass, building the groups, explaining every
 * waiting person, the independent check), so the search can stop in time for the whole call to
 * end by its limit. The room pass, building and checking grow with the pool, and so does most of
 * explaining: each waiting person is weighed against those who could meet where they can, so a
 * national list, where most wait but each can meet in few places, costs little per person. The
 * rates are a fresh process's on the 2-core benchmark machine with a busy process beside it
 * (BENCHMARKS.md, "deadline": the median time after the search on plain and national lists of
 * 1,000-10,000), fitted and then raised by 1.7, the margin the slowest of those runs needed.
 */

/** Work that does not grow with the pool: a fresh process compiles the explaining and checking code on first use. */
const FIXED_MS = 60;
/** The room pass, building, checking and explaining, per candidate. */
const MS_PER_CANDIDATE = 0.18;
/** Explaining, per waiting person (their reasons and the plans behind their suggestions), beyond what the pool's size accounts for. */
const MS_PER_WAITING = 0.12;
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
