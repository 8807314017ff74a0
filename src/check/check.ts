import type { ComposeResult } from "../model/result.js";
import { localeOf, type Locale } from "../model/locale.js";
import { ComposeInputSchema } from "../model/schemas.js";
import { createContext } from "./context.js";
import { groupRules, inScope } from "./groupRules.js";
import { checkExisting, checkGroupIds, checkPeople } from "./membership.js";
import { meetingRules } from "./meetingRules.js";
import { CHECK_TEXTS } from "./messages.js";
import { checkRooms } from "./rooms.js";
import { checkStarters } from "./starters.js";
import { checkTogether } from "./together.js";
import type { CheckReport, Violation } from "./violation.js";
import { inputWarnings } from "./warnings.js";

export type { CheckReport, CheckRule, Violation } from "./violation.js";

/** How `check` writes its messages. */
export interface CheckOptions {
  /** The language of every violation and warning message (default "en"); codes and ids are the same in each. */
  locale?: Locale;
}

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
 * @param options - `locale` (default "en"): the language of the messages
 * @returns `{ ok: true, violations: [], warnings }` when every rule holds; when the input does
 *   not parse, a single `invalid_input` violation listing the failing paths, and no warnings
 */
export function check(input: unknown, result: ComposeResult, options: CheckOptions = {}): CheckReport {
  const texts = CHECK_TEXTS[localeOf(options)];
  const parsed = ComposeInputSchema.safeParse(input);
  if (!parsed.success) {
    const paths = [...new Set(parsed.error.issues.map((issue) => renderPath(issue.path)))];
    return { ok: false, violations: [{ rule: "invalid_input", message: texts.inputDoesNotParse(texts.ids(paths)) }], warnings: [] };
  }
  const ctx = createContext(parsed.data, result, texts);
  const rules = [...groupRules(ctx.problem), ...meetingRules(ctx.problem)].filter((r) => r.enabled);
  const violations: Violation[] = [];
  append(violations, checkGroupIds(result, texts));
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
