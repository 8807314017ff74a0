/**
 * Every code sammen reports has a text in every locale: each waitlist reason, each rule the
 * checker names (one tamper case per rule), each warning, each validation issue. The codes, paths
 * and ids stay the same; only the message changes, written in each locale, with the same figures.
 * The catalogues are typed (a text missing in one locale is a type error); this suite catches a
 * text left in English, emptied, or given other figures.
 */
import { describe, expect, it } from "vitest";
import { CHECK_TEXTS } from "../../src/check/messages.js";
import { EXPLAIN_TEXTS } from "../../src/explain/messages.js";
import { check, compose, parse, validate, LOCALES, ValidationError, type ComposeInput, type IssueCode, type Locale, type WaitReasonCode, type WarningCode } from "../../src/index.js";
import { ISSUE_TEXTS } from "../../src/model/issueMessages.js";
import { casesByRule, tamperedFixture } from "../check/tamperCases.js";
import { person, withExistingGroups, type Fixture } from "../check/fixtures.js";
import { richPool } from "../hostile/richPool.js";
import { norwegianNumber } from "../hostile/personalNumbers.js";
import { expectSameSayingInBothLocales, figures } from "./pairedMessages.js";

/** Every reason code; `satisfies` makes a code added to the union without an entry here a type error. */
const REASON_CODES = {
  below_minimum_age: true,
  above_maximum_age: true,
  age_unknown: true,
  no_reachable_venue: true,
  no_common_slot: true,
  together_incompatible: true,
  together_partner_blocked: true,
  no_starter_available: true,
  too_few_compatible: true,
  no_room_left: true,
  not_selected: true,
} satisfies Record<WaitReasonCode, true>;

/** The same shape in both locales; every fixed text written in each and not left in English. */
function expectSameShape(en: unknown, nb: unknown, at: string): void {
  if (typeof en === "string") {
    expect(typeof nb, at).toBe("string");
    expect(en.trim(), at).not.toBe("");
    expect((nb as string).trim(), at).not.toBe("");
    expect(nb, `${at} is not translated`).not.toBe(en);
    return;
  }
  expect(typeof nb, at).toBe(typeof en);
  if (typeof en !== "object" || en === null) return;
  expect(Object.keys(nb as object).sort(), at).toEqual(Object.keys(en).sort());
  for (const [key, value] of Object.entries(en)) expectSameShape(value, (nb as Record<string, unknown>)[key], `${at}.${key}`);
}

describe("every text has every locale", () => {
  it("the locales are English and Norwegian bokmål", () => {
    expect([...LOCALES]).toEqual(["en", "nb"]);
  });

  it.each([
    ["explanations", EXPLAIN_TEXTS],
    ["checker", CHECK_TEXTS],
    ["validation issues", ISSUE_TEXTS],
  ] as const)("the %s catalogue has the same texts in every locale", (_name, catalogue) => {
    for (const locale of LOCALES) expectSameShape(catalogue.en, catalogue[locale === "en" ? "nb" : locale], locale);
  });

  it("every waitlist reason has a text in every locale", () => {
    for (const code of Object.keys(REASON_CODES) as WaitReasonCode[]) {
      const texts = LOCALES.map((locale) => EXPLAIN_TEXTS[locale].reasons[code]);
      for (const text of texts) expect(text.trim(), code).not.toBe("");
      expect(new Set(texts).size, code).toBe(LOCALES.length);
    }
  });
});

describe("every rule the checker names says the same in every locale", () => {
  const cases = Object.values(casesByRule).flat();

  it.each(cases.map((c) => [c.rule, c.title, c] as const))("%s: %s", (rule, _title, c) => {
    const f = tamperedFixture(c);
    const en = check(f.input, f.result);
    const nb = check(f.input, f.result, { locale: "nb" });
    expect(en.violations.map((v) => v.rule)).toContain(rule);
    expectSameSayingInBothLocales(en, nb);
  });

  it("a locale the checker does not know is read as English, never thrown", () => {
    const f = tamperedFixture(casesByRule.group_size[0]);
    const en = check(f.input, f.result);
    expect(check(f.input, f.result, { locale: "fr" as Locale })).toEqual(en);
  });
});

describe("every warning says the same in every locale", () => {
  const cases: Record<WarningCode, (f: Fixture) => void> = {
    // The closed group c1 of sixteen-year-olds, returned unchanged.
    existing_group_breaks_rule: (f) => {
      for (const id of ["y1", "y2", "y3", "y4"]) person(f, id).age = 16;
    },
    // Members of two existing groups linked by together: the caller split them.
    together_split_by_input: (f) => {
      person(f, "x1").together = ["y1"];
    },
  };

  it.each(Object.entries(cases))("%s", (code, tamper) => {
    const f = withExistingGroups();
    tamper(f);
    const en = check(f.input, f.result);
    const nb = check(f.input, f.result, { locale: "nb" });
    expect(en.warnings.map((w) => w.code)).toContain(code);
    expect(en.ok).toBe(true);
    expectSameSayingInBothLocales(en, nb);
  });
});

type Pool = ReturnType<typeof richPool>;
type Person = Record<string, unknown>;

/** The rich pool with one change; `first` is its first candidate. */
function changed(change: (pool: Pool, first: Person) => void): Pool {
  const pool = richPool();
  change(pool, (pool["candidates"] as Person[])[0]!);
  return pool;
}

const FODSELSNUMMER = norwegianNumber(1, 1, 80, 123, "f") ?? norwegianNumber(2, 1, 80, 123, "f") ?? "";

/**
 * One input per issue code that breaks the input there, or null for the three codes of zod's
 * that no part of the schema can raise (no record keys, no map or set elements, no multipleOf).
 * `satisfies` makes an issue code added to the union without an entry here a type error.
 */
const ISSUE_INPUTS = {
  unreadable_value: changed((_, first) =>
    Object.defineProperty(first, "age", {
      enumerable: true,
      get() {
        throw new Error("unreadable");
      },
    }),
  ),
  invalid_type: changed((_, first) => (first["age"] = "forty")),
  invalid_value: changed((_, first) => (first["gender"] = "unknown")),
  invalid_format: changed((_, first) => (first["waitingSince"] = "2025-13-45")),
  invalid_union: changed((pool) => ((pool["policy"] as { relatives: Person }).relatives["byPatientSetting"] = "stroke")),
  invalid_key: null,
  invalid_element: null,
  unknown_field: changed((_, first) => {
    first["alder"] = 40;
    first["shoeSize"] = 44;
  }),
  too_big: changed((_, first) => (first["age"] = 131)),
  too_small: changed((_, first) => (first["maxTravelKm"] = -1)),
  not_multiple_of: null,
  custom: "options",
  malformed_unicode: changed((_, first) => (first["problem"] = "grief\ud800")),
  looks_like_personal_number: changed((_, first) => (first["problem"] = FODSELSNUMMER)),
  invisible_character: changed((pool) => ((pool["venues"] as Person[])[0]!["id"] = "v\u200b1")),
  too_many_candidates: { candidates: new Array<unknown>(50_001) },
  duplicate_candidate_id: changed((pool) => (pool["candidates"] as Person[]).push({ id: "c1", age: 30 })),
  duplicate_venue_id: changed((pool) => (pool["venues"] as Person[]).push({ id: "v1", location: { municipality: "bergen" } })),
  duplicate_starter_id: changed((pool) => (pool["starters"] as Person[]).push({ id: "s1", location: { municipality: "bergen" } })),
  duplicate_group_id: changed((pool) => (pool["groups"] as Person[]).push({ id: "g1", members: ["c6"] })),
  unknown_candidate_ref: changed((_, first) => (first["knows"] = ["c99"])),
  unknown_venue_ref: changed((pool) => ((pool["groups"] as Person[])[0]!["venue"] = "v9")),
  self_reference: changed((_, first) => (first["knows"] = ["c1"])),
  member_in_two_groups: changed((pool) => (pool["groups"] as Person[]).push({ id: "g2", members: ["c3"] })),
  conflicting_relationship: changed((_, first) => (first["knows"] = ["c2"])),
  contradictory_policy: changed((pool) => ((pool["policy"] as Person)["groupSize"] = { min: 8, max: 4, preferred: 6 })),
  too_many_issues: { candidates: Array.from({ length: 1_001 }, (_, i) => ({ id: `p${i}`, age: "old" })) },
} satisfies Record<IssueCode, unknown>;

/** What sammen says about an input in one locale: validate's issues, or those of the error compose throws for bad options. */
function issuesFor(code: IssueCode, input: unknown, locale: Locale): unknown {
  if (input !== "options") return validate(input, { locale });
  try {
    compose(richPool() as ComposeInput, { maxIterations: 1, mipSolver: 3 as never, locale });
  } catch (error) {
    if (error instanceof ValidationError) return { message: error.message, issues: error.issues };
  }
  throw new Error(`${code}: no ValidationError`);
}

describe("every validation issue says the same in every locale", () => {
  const reachable = Object.entries(ISSUE_INPUTS).filter(([, input]) => input !== null) as [IssueCode, unknown][];

  it.each(reachable)("%s", (code, input) => {
    const en = issuesFor(code, input, "en");
    const nb = issuesFor(code, input, "nb");
    expect(JSON.stringify(en)).toContain(`"code":"${code}"`);
    expect(expectSameSayingInBothLocales(en, nb)).toBeGreaterThan(0);
  });

  it("the texts of the codes no schema part can raise are written in every locale with the same figures", () => {
    const [en, nb] = [ISSUE_TEXTS.en, ISSUE_TEXTS.nb];
    for (const [a, b] of [
      [en.invalidKey, nb.invalidKey],
      [en.invalidElement, nb.invalidElement],
      [en.multipleOf("0.25"), nb.multipleOf("0.25")],
    ]) {
      expect(b).not.toBe(a);
      expect(figures(b!)).toEqual(figures(a!));
    }
  });

  it("parse throws a ValidationError whose summary is in the caller's locale", () => {
    const input = ISSUE_INPUTS.contradictory_policy;
    const messageIn = (locale: Locale): string => {
      try {
        parse(input, { locale });
      } catch (error) {
        return error instanceof ValidationError ? error.message : "";
      }
      return "";
    };
    expect(messageIn("en")).toMatch(/^Invalid input: 1 issue\(s\); first at policy\.groupSize\.min \(contradictory_policy\)$/);
    expect(messageIn("nb")).toMatch(/^Ugyldige data: 1 feil; den første i policy\.groupSize\.min \(contradictory_policy\)$/);
  });
});
