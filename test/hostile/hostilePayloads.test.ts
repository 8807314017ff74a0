/**
 * Fixed hostile payloads, each named after what it probes. Every one must give a typed
 * `validate` result and a typed `compose` outcome, with no input value in any message.
 */
import { describe, expect, it } from "vitest";
import { MAX_CANDIDATES, compose, type ComposeInput, type IssueCode, type ValidateResult } from "../../src/index.js";
import { composeTyped, validateTyped } from "./outcomes.js";
import { at, replaced, richPool, type Path } from "./richPool.js";
import { withoutTiming } from "../helpers/composeOutcome.js";

const TEN_MB = 10 * 1024 * 1024;

function issuesOf(result: ValidateResult): { code: IssueCode; path: (string | number)[]; message: string }[] {
  expect(result.success).toBe(false);
  return result.success ? [] : result.issues;
}

/** Validates and composes `input`; expects it rejected with `code` at `path`, and returns the issues. */
function expectRejected(input: unknown, code: IssueCode, path: Path) {
  const issues = issuesOf(validateTyped(input));
  expect(issues).toContainEqual(expect.objectContaining({ code, path }));
  expect(composeTyped(input)).toBe("invalid");
  return issues;
}

/** A nest of `depth` objects (or arrays), built without recursion. */
function nested(depth: number, kind: "object" | "array"): unknown {
  let node: unknown = kind === "object" ? { leaf: 1 } : [1];
  for (let i = 0; i < depth; i++) node = kind === "object" ? { next: node } : [node];
  return node;
}

const NUMBER_PATHS: Path[] = [
  ["candidates", 0, "age"],
  ["candidates", 0, "maxTravelKm"],
  ["candidates", 0, "location", "lat"],
  ["candidates", 0, "location", "lon"],
  ["venues", 0, "capacity"],
  ["venues", 0, "rooms"],
  ["starters", 0, "maxGroups"],
  ["distances", 0, "km"],
  ["policy", "groupSize", "min"],
  ["policy", "age", "maxSpan"],
  ["policy", "travel", "defaultMaxKm"],
  ["policy", "weights", "placed"],
  ["policy", "weights", "travelKm"],
];

describe("non-finite numbers", () => {
  it("1e999 in JSON parses to Infinity and is rejected as invalid_type at every numeric field", () => {
    for (const path of NUMBER_PATHS) {
      const json = JSON.stringify(replaced(path, "INFINITY-HERE")).replace('"INFINITY-HERE"', "1e999");
      const input = JSON.parse(json) as unknown;
      expectRejected(input, "invalid_type", path);
    }
  });

  it("NaN and -Infinity are rejected as invalid_type at every numeric field", () => {
    for (const path of NUMBER_PATHS) {
      expectRejected(replaced(path, Number.NaN), "invalid_type", path);
      expectRejected(replaced(path, Number.NEGATIVE_INFINITY), "invalid_type", path);
    }
  });

  it("-0 is read as 0: composing with -0 gives byte for byte the result of composing with 0", () => {
    const paths: Path[] = [["candidates", 0, "maxTravelKm"], ["policy", "weights", "ageSpan"], ["distances", 0, "km"]];
    for (const path of paths) {
      const negative = compose(replaced(path, -0) as ComposeInput, { seed: 3, maxIterations: 2_000 });
      const positive = compose(replaced(path, 0) as ComposeInput, { seed: 3, maxIterations: 2_000 });
      expect(withoutTiming(negative)).toBe(withoutTiming(positive));
    }
    expect(composeTyped(richPool(), { seed: -0, maxIterations: 500 })).toBe("composed");
  });
});

describe("duplicate and look-alike ids", () => {
  it("exact duplicates are reported for candidates, venues, starters and groups", () => {
    const pool = richPool() as { candidates: { id: string }[]; venues: unknown[]; starters: unknown[]; groups: { id: string; members: string[] }[] };
    pool.candidates[1]!.id = "c1";
    pool.venues.push({ id: "v1", location: { municipality: "bergen" } });
    pool.starters.push({ id: "s1", location: { municipality: "bergen" } });
    pool.groups.push({ id: "g1", members: ["c6"] });
    const codes = issuesOf(validateTyped(pool)).map((issue) => issue.code);
    expect(codes).toEqual(expect.arrayContaining(["duplicate_candidate_id", "duplicate_venue_id", "duplicate_starter_id", "duplicate_group_id"]));
    expect(composeTyped(pool)).toBe("invalid");
  });

  it("ids equal after NFC normalisation (é as one code point and as e + combining accent) are duplicates", () => {
    const nfc = "\u00e9va";
    const nfd = "e\u0301va";
    expect(nfc).not.toBe(nfd);
    const input = replaced(["candidates", 1, "id"], nfd);
    (input as { candidates: { id: string }[] }).candidates[0]!.id = nfc;
    expectRejected(input, "duplicate_candidate_id", ["candidates", 1, "id"]);
    const venues = replaced(["venues", 1], { id: nfd, location: { municipality: "bergen" } });
    (venues as { venues: { id: string }[] }).venues[0]!.id = nfc;
    expectRejected(venues, "duplicate_venue_id", ["venues", 1, "id"]);
  });
});

/** Every place an id stands: each person, venue, starter and group id, and every reference to one. */
const ID_PATHS: Path[] = [
    ["candidates", 0, "id"],
    ["candidates", 0, "knows", 0],
    ["candidates", 0, "together", 0],
    ["venues", 0, "id"],
    ["starters", 0, "id"],
    ["groups", 0, "id"],
    ["groups", 0, "members", 0],
    ["groups", 0, "venue"],
];

describe("lone surrogates", () => {
  const lone = ["a\uD800", "\uDC00b", "x\uDBFFy"];
  const places: Path[] = [
    ...ID_PATHS,
    ["candidates", 0, "problem"],
    ["candidates", 0, "event"],
    ["candidates", 0, "location", "municipality"],
    ["candidates", 0, "availability", 0],
    ["venues", 0, "offers", 0],
    ["policy", "gender", "singleGenderProblems", 0],
    ["distances", 0, "from"],
  ];

  it("an id or label with a lone surrogate is rejected as malformed_unicode", () => {
    for (const path of places) for (const text of lone) expectRejected(replaced(path, text), "malformed_unicode", path);
  });

  it("a surrogate pair (an emoji) is well-formed and accepted", () => {
    expect(validateTyped(replaced(["candidates", 0, "problem"], "grief \u{1F54A}")).success).toBe(true);
  });

  it("a lone surrogate in an unknown key gives unknown_field without echoing the key", () => {
    const issues = expectRejected(replaced(["candidates", 0, "x\uD800"], 1), "unknown_field", ["candidates", 0]);
    for (const issue of issues) expect(issue.message).not.toMatch(/[\uD800-\uDFFF]/);
  });
});

describe("sparse arrays", () => {
  it("a hole in candidates, availability, members or neverMix is an invalid_type at the hole", () => {
    const holes: Path[] = [
      ["candidates", 6],
      ["candidates", 0, "availability", 3],
      ["groups", 0, "members", 2],
      ["policy", "problem", "neverMix", 2],
    ];
    for (const hole of holes) {
      const pool = richPool();
      const array = at(pool, hole.slice(0, -1)) as unknown[];
      // Growing length past the end leaves a hole: no element, not even undefined.
      array.length = Number(hole[hole.length - 1]) + 1;
      expect(Object.prototype.hasOwnProperty.call(array, hole[hole.length - 1]!)).toBe(false);
      expectRejected(pool, "invalid_type", hole);
    }
  });
});

describe("oversized input", () => {
  it("a 10 MB id, label, date or unknown key is rejected by its length, and the message stays short", () => {
    const big = "x".repeat(TEN_MB);
    const cases: [Path, IssueCode, Path][] = [
      [["candidates", 0, "id"], "too_big", ["candidates", 0, "id"]],
      [["candidates", 0, "problem"], "too_big", ["candidates", 0, "problem"]],
      [["candidates", 0, "location", "municipality"], "too_big", ["candidates", 0, "location", "municipality"]],
      [["candidates", 0, "waitingSince"], "invalid_format", ["candidates", 0, "waitingSince"]],
      [["candidates", 0, "gender"], "invalid_value", ["candidates", 0, "gender"]],
    ];
    for (const [path, code, where] of cases) {
      for (const issue of expectRejected(replaced(path, big), code, where)) expect(issue.message.length).toBeLessThan(300);
    }
    const withKey = replaced(["candidates", 0, big], 1);
    for (const issue of expectRejected(withKey, "unknown_field", ["candidates", 0])) expect(issue.message.length).toBeLessThan(300);
  });

  it("nesting 1,000 deep (objects and arrays, at the top, in the policy, a location, a list) is rejected without a stack overflow", () => {
    for (const kind of ["object", "array"] as const) {
      const deep = nested(1_000, kind);
      validateTyped(deep);
      expect(composeTyped(deep)).toBe("invalid");
      for (const path of [["policy"], ["candidates", 0, "location"], ["candidates", 0, "availability"], ["candidates", 0, "knows", 0], ["policy", "problem", "neverMix", 0]] as Path[]) {
        const input = replaced(path, deep);
        expect(validateTyped(input).success).toBe(false);
        expect(composeTyped(input)).toBe("invalid");
      }
    }
  });

  it("nesting 1,000 deep arriving as JSON text parses and is rejected", () => {
    const json = `{"candidates":[],"policy":${"[".repeat(1_000)}${"]".repeat(1_000)}}`;
    expectRejected(JSON.parse(json) as unknown, "invalid_type", ["policy"]);
  });

  it("a sparse list of 2^32 - 1 entries, anywhere a list goes or does not, is rejected at once: it is read only one entry past its limit", () => {
    for (const path of [["distances"], ["candidates", 0, "knows"], ["venues", 0, "slots"], ["policy", "problem", "neverMix", 0]] as Path[]) {
      const sparse: unknown[] = [];
      sparse.length = 2 ** 32 - 1;
      const started = performance.now();
      expectRejected(replaced(path, sparse), "too_big", path);
      expect(performance.now() - started).toBeLessThan(5_000);
    }
    for (const path of [["policy"], ["candidates", 0, "age"], []] as Path[]) {
      const sparse: unknown[] = [];
      sparse.length = 2 ** 32 - 1;
      expectRejected(replaced(path, sparse), "invalid_type", path);
    }
  });

  it(`${MAX_CANDIDATES + 1} candidates are rejected with one too_many_candidates issue`, () => {
    const input = { candidates: Array.from({ length: MAX_CANDIDATES + 1 }, (_, i) => ({ id: `c${i}` })) };
    const issues = expectRejected(input, "too_many_candidates", ["candidates"]);
    expect(issues).toHaveLength(1);
  });
});

describe("ids shaped like a national identity number (fødselsnummer)", () => {
  const shaped = ["01017012345", "41017012345", "010170 12345", "010170-12345", "pid-01017012345", "01017012345x"];
  const places: Path[] = [
    ["candidates", 0, "id"],
    ["candidates", 0, "knows", 0],
    ["candidates", 0, "together", 0],
    ["groups", 0, "members", 0],
    ["starters", 0, "id"],
    ["venues", 0, "id"],
    ["groups", 0, "id"],
  ];

  it("is rejected as looks_like_personal_number wherever an id goes, and the message never repeats it", () => {
    for (const path of places) {
      for (const id of shaped) {
        const issues = expectRejected(replaced(path, id), "looks_like_personal_number", path);
        const digits = id.replace(/\D/g, "");
        for (const issue of issues) {
          expect(issue.message).not.toContain(id);
          expect(issue.message.replace(/\D/g, "")).not.toContain(digits.slice(0, 6));
        }
      }
    }
  });

  it("tells the coordinator to use an opaque id", () => {
    const issues = issuesOf(validateTyped(replaced(["candidates", 0, "id"], "01017012345")));
    expect(issues[0]?.message).toMatch(/opaque/);
  });

  it("the compose error does not repeat it either", () => {
    try {
      compose(replaced(["candidates", 0, "id"], "01017012345") as ComposeInput);
      expect.unreachable();
    } catch (error) {
      const text = `${String(error)} ${(error as Error).stack ?? ""} ${JSON.stringify(error)}`;
      expect(text).not.toContain("01017012345");
    }
  });

  it("digit runs of other lengths (a 10- or 12-digit number, a date-based case number) are ordinary ids", () => {
    for (const id of ["0101701234", "010170123456", "2024-01-15-001", "case-2024-000123"]) {
      // c6 is referenced nowhere, so renaming it changes nothing else.
      expect(validateTyped(replaced(["candidates", 5, "id"], id)).success, id).toBe(true);
    }
  });
});

describe("invisible characters in ids", () => {
  const invisible = ["\u202E", "\u200B", "\u200C", "\u200D", "\u2066", "\u2067", "\u2068", "\u2069", "\uFEFF", "\u00AD", "\u061C"];
  const places: Path[] = ID_PATHS;

  it("an id holding a format or bidi control character, anywhere in it, is refused as invisible_character", () => {
    for (const path of places) {
      for (const char of invisible) {
        for (const id of [`c1${char}`, `${char}c1`, `c${char}1`]) {
          const issues = expectRejected(replaced(path, id), "invisible_character", path);
          for (const issue of issues) expect(issue.message).not.toContain(char);
        }
      }
    }
  });

  it("two ids that look the same on screen, one with a zero-width space, are not both accepted", () => {
    const input = replaced(["candidates", 5, "id"], "c\u200B1");
    expectRejected(input, "invisible_character", ["candidates", 5, "id"]);
  });

  it("visible non-ASCII ids (letters, an emoji without joiners) are accepted", () => {
    for (const id of ["\u00e5se", "\u0639\u0644\u064a", "\u{1F54A}-7"]) expect(validateTyped(replaced(["candidates", 5, "id"], id)).success, id).toBe(true);
  });
});
