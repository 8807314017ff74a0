import type { ComposeResult } from "../model/result.js";
import { ComposeInputSchema } from "../model/schemas.js";
import { createContext } from "./context.js";
import { groupRules, inScope } from "./groupRules.js";
import { checkExisting, checkGroupIds, checkPeople } from "./membership.js";
import { meetingRules } from "./meetingRules.js";
import { checkRooms } from "./rooms.js";
import { checkStarters } from "./starters.js";
import { checkTogether } from "./together.js";
import { formatIds, type CheckReport, type Violation } from "./violation.js";
import { inputWarnings } from "./warnings.js";

export type { CheckReport, CheckRule, Violation } from "./violation.js";

/** Append without spreading into call arguments, which overflows the stack for very long lists. */
function append(target: Violation[], items: readonly Violation[]): void {
  for (const item of items) target.push(item);
}

/** Render a zod issue path; the root is "(root)". */
function renderPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "(root)" : path.map(String).join(".");
}

/**
 * Independently re-validate a composition against its input and RULES.md.
 *
 * The checker shares no code with the solver: it parses the raw input itself and derives
 * every fact (who is new, who belongs where) from the input, never from the result's own
 * `newMembers` or `metrics`. It lists every violation, not just the first. Messages carry
 * rule names, ids and computed figures only, never a personal value from the input.
 *
 * Violations and warnings differ in who caused them:
 * - a **violation** is a rule the composition breaks: sammen caused it, `ok` is false, and
 *   `compose` never returns such a result (it throws `CompositionError`);
 * - a **warning** is a rule the input already breaks that the composition left as it was (an
 *   existing group returned unchanged is exempt from the group rules, since it already meets),
 *   or other input a coordinator should look at. Warnings come from the input alone, never
 *   change `ok`, and are the same list `compose` returns as `result.warnings`. Any `status`,
 *   "optimal" included, may come with warnings: the status says how good the composition is
 *   given the input, not whether the input was sound.
 *
 * @param input - the raw input given to `compose` (parsed here with `ComposeInputSchema`)
 * @param result - the result to check
 * @returns `{ ok: true, violations: [], warnings }` when every rule holds; when the input does
 *   not parse, a single `invalid_input` violation listing the failing paths, and no warnings
 */
export function check(input: unknown, result: ComposeResult): CheckReport {
  const parsed = ComposeInputSchema.safeParse(input);
  if (!parsed.success) {
    const paths = [...new Set(parsed.error.issues.map((issue) => renderPath(issue.path)))];
    return { ok: false, violations: [{ rule: "invalid_input", message: `input does not parse at: ${formatIds(paths)}` }], warnings: [] };
  }
  const ctx = createContext(parsed.data, result);
  const rules = [...groupRules(ctx.problem), ...meetingRules(ctx.problem)].filter((r) => r.enabled);
  const violations: Violation[] = [];
  append(violations, checkGroupIds(result));
  append(violations, checkPeople(ctx, result));
  append(violations, checkExisting(ctx));
  append(violations, checkTogether(ctx, result));
  for (const view of ctx.groups) {
    for (const rule of rules) if (inScope(rule, view)) append(violations, rule.check(view, ctx));
  }
  append(violations, checkRooms(ctx));
  append(violations, checkStarters(ctx));
  return { ok: violations.length === 0, violations, warnings: inputWarnings(ctx, rules) };
}
