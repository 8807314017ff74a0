/**
 * Each schema issue `validate` reports carries the message of its own kind, with the limit, the
 * allowed values or the format it names, in the locale asked for; `parse` and `parseOptions`
 * throw the same issues, and options that cannot be read are one `unreadable_value` at options.
 */
import { describe, expect, it } from "vitest";
import { ValidationError, parse, parseOptions, validate, type Issue } from "../../src/index.js";
import { ISSUE_TEXTS } from "../../src/model/issueMessages.js";
import { localeOf, type Locale } from "../../src/model/locale.js";

type Json = Record<string, unknown>;
const base = (): Json => ({ candidates: [{ id: "a" }] });
const candidate = (fields: Json): Json => ({ candidates: [{ id: "a", ...fields }] });

/** One input per kind of schema issue, with the issue's path and the message expected in `locale`. */
function cases(locale: Locale): [string, Json, Issue][] {
  const t = ISSUE_TEXTS[locale];
  const at = (path: (string | number)[], where: string, code: Issue["code"], text: string): Issue => ({ code, path, message: `${where}: ${text}` });
  return [
    ["a wrong type", candidate({ age: "x" }), at(["candidates", 0, "age"], "candidates[0].age", "invalid_type", t.expected("number"))],
    ["a value outside an enumeration", candidate({ gender: "f" }), at(["candidates", 0, "gender"], "candidates[0].gender", "invalid_value", t.oneOf('"female", "male", "other"'))],
    ["a date in another format", candidate({ waitingSince: "15.01.2025" }), at(["candidates", 0, "waitingSince"], "candidates[0].waitingSince", "invalid_format", t.dateFormat)],
    ["a number above its maximum", candidate({ age: 131 }), at(["candidates", 0, "age"], "candidates[0].age", "too_big", t.atMost("other", "130"))],
    ["a text below its minimum", { candidates: [{ id: "" }] }, at(["candidates", 0, "id"], "candidates[0].id", "too_small", t.atLeast("string", "1"))],
    ["a text above its maximum", { candidates: [{ id: "x".repeat(257) }] }, at(["candidates", 0, "id"], "candidates[0].id", "too_big", t.atMost("string", "256"))],
    ["a list below its minimum", { ...base(), groups: [{ id: "g", members: [] }] }, at(["groups", 0, "members"], "groups[0].members", "too_small", t.atLeast("array", "1"))],
    ["a value matching no shape of a union", { ...base(), policy: { relatives: { byPatientSetting: 5 } } }, at(["policy", "relatives", "byPatientSetting"], "policy.relatives.byPatientSetting", "invalid_union", t.noShapeMatches)],
    ["an id that looks like a personal number", { candidates: [{ id: "24128146197" }] }, at(["candidates", 0, "id"], "candidates[0].id", "looks_like_personal_number", t.textRule.looks_like_personal_number)],
  ];
}

describe("schema issue messages", () => {
  for (const locale of ["en", "nb"] as const) {
    it(`in ${locale}, each kind of issue says its rule, limit, values or format`, () => {
      for (const [what, input, issue] of cases(locale)) {
        const options = locale === "en" ? {} : { locale };
        expect(validate(input, options), what).toEqual({ success: false, issues: [issue] });
        expect(() => parse(input, options), what).toThrow(ValidationError);
        try {
          parse(input, options);
        } catch (error) {
          expect((error as ValidationError).issues, what).toEqual([issue]);
          expect((error as ValidationError).message, what).toBe(ISSUE_TEXTS[locale].invalidInput(1, issue.message.split(": ")[0]!, issue.code));
        }
      }
    });
  }

  it("parse returns the normalised problem of valid input", () => {
    expect(parse(candidate({ problem: " Grief  _ Group" })).candidates[0]!.problem).toBe("grief-group");
  });
});

describe("localeOf", () => {
  it("reads a known locale, and anything else (no object, another value, a throwing getter) as English", () => {
    expect(localeOf({ locale: "nb" })).toBe("nb");
    for (const options of [undefined, null, "nb", 5, { locale: "de" }, { locale: 1 }, Object.defineProperty({}, "locale", { get: () => { throw new Error("boom"); } })]) {
      expect(localeOf(options)).toBe("en");
    }
  });
});

describe("parseOptions on options it cannot read or does not accept", () => {
  it("an option that fails its own check (a solver without solve and name, a signal that is no AbortSignal) says only that it is not valid", () => {
    for (const locale of ["en", "nb"] as const) {
      for (const [field, value] of [["mipSolver", 5], ["mipSolver", { name: "x" }], ["mipSolver", Object.assign(() => null, { solve: () => null })], ["signal", 5], ["signal", { aborted: false }]] as const) {
        let thrown: unknown;
        try {
          parseOptions({ [field]: value, locale });
        } catch (error) {
          thrown = error;
        }
        expect((thrown as ValidationError).issues).toEqual([{ code: "custom", path: ["options", field], message: `options.${field}: ${ISSUE_TEXTS[locale].notValid}` }]);
      }
    }
    expect(parseOptions({ signal: new AbortController().signal, mipSolver: { name: "s", solve: () => null } }).mipSolver?.name).toBe("s");
  });

  it("a Proxy whose traps throw is one unreadable_value at options, in English", () => {
    const options = new Proxy({}, { get: () => { throw new Error("boom"); }, ownKeys: () => { throw new Error("boom"); }, getOwnPropertyDescriptor: () => { throw new Error("boom"); } });
    let thrown: unknown;
    try {
      parseOptions(options);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).issues).toEqual([{ code: "unreadable_value", path: ["options"], message: `options: ${ISSUE_TEXTS.en.unreadable}` }]);
  });
});
