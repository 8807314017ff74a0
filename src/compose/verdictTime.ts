/**
 * How long the work after the search takes (the room pass, building the groups, explaining every
 * waiting person, the independent check), so the search can stop in time for the whole call to
 * end by its limit. That work is of the same kind as the preparation before the search (reading
 * every candidate, compiling rules and meeting options for each) and grows with the pool as it
 * does, so this call's own preparation time says how fast this machine is now, cold code, load and
 * all: the verdict took 0.6-1.04 times the preparation on plain, national and one-room lists of
 * 1,000-10,000 (fresh processes, 2 cores). A floor from rates covers a preparation too quick to
 * measure: explaining grows mostly with the pool, since each waiting person is weighed against
 * those who could meet where they can (a national list, where most wait but each can meet in few
 * places, costs little per person). Both were checked with `bench/deadline.ts` (BENCHMARKS.md,
 * "deadline"), each call a fresh process with a busy one beside it.
 */

/** The verdict's time as a multiple of this call's preparation (reading and compiling): 1.04 at most in the runs above, with room for its slowest runs. */
const PREPARATION_MULTIPLE = 1.5;
/** Floor: work that does not grow with the pool (a fresh process compiles the explaining and checking code on first use). */
const FIXED_MS = 35;
/** Floor: the room pass, building, checking and explaining, per candidate. */
const MS_PER_CANDIDATE = 0.106;
/** Floor: explaining, per waiting person (their reasons and the plans behind their suggestions), beyond what the pool's size accounts for. */
const MS_PER_WAITING = 0.07;

/**
 * The time to keep back for the verdict, in ms.
 * @param n - candidates in the pool
 * @param preparedMs - how long reading, validating and compiling the input took in this call: a slow machine, or a busy one, shows here first
 * @param placed - candidates in groups in the best composition so far (undefined before there is one)
 */
export function verdictTimeMs(n: number, preparedMs: number, placed: number | undefined): number {
  const waiting = Math.max(0, n - (placed ?? 0));
  return Math.max(PREPARATION_MULTIPLE * preparedMs, FIXED_MS + MS_PER_CANDIDATE * n + MS_PER_WAITING * waiting);
}
