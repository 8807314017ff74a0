/**
 * Every text validation writes after an issue's path, rendered with sample ids, paths and limits
 * in each locale. The snapshot holds each sentence exactly (an emptied or swapped text fails);
 * the properties say what each must carry and that no two texts of a locale read the same.
 */
import { describe, expect, it } from "vitest";
import { ISSUE_TEXTS, type IssueTexts } from "../../src/model/issueMessages.js";
import { LOCALES } from "../../src/model/locale.js";

/** Each text with sample arguments and what it must show; a text without a sample is a type error. */
function samples(t: IssueTexts): Record<keyof IssueTexts, [string, ...(string | number)[]][]> {
  return {
    unreadable: [[t.unreadable]],
    tooManyCandidates: [[t.tooManyCandidates(50_001), 50_001]],
    textRule: Object.values(t.textRule).map((text) => [text]),
    unknownFieldSomewhere: [[t.unknownFieldSomewhere]],
    unknownField: [
      [t.unknownField(3, 7), 3, 7],
      [t.unknownField(null, 7)],
    ],
    didYouMean: [[t.didYouMean('"agee"', "age"), '"agee"', "age"]],
    expected: ["string", "number", "int", "boolean", "array", "object", "date", "bigint"].map((type) => [t.expected(type)]),
    oneOf: [[t.oneOf('"a", "b"'), '"a", "b"']],
    dateFormat: [[t.dateFormat]],
    validFormat: [[t.validFormat("email"), "email"]],
    atMost: (["array", "string", "other"] as const).map((origin) => [t.atMost(origin, "201"), 201]),
    atLeast: (["array", "string", "other"] as const).map((origin) => [t.atLeast(origin, "2"), 2]),
    multipleOf: [[t.multipleOf("7"), 7]],
    noShapeMatches: [[t.noShapeMatches]],
    invalidKey: [[t.invalidKey]],
    invalidElement: [[t.invalidElement]],
    notValid: [[t.notValid]],
    duplicateId: [[t.duplicateId('"c-1"', "candidates[0]"), '"c-1"', "candidates[0]"]],
    notACandidate: [[t.notACandidate('"c-2"'), '"c-2"']],
    selfReference: [[t.selfReference('"c-3"'), '"c-3"']],
    memberNotACandidate: [[t.memberNotACandidate('"c-4"'), '"c-4"']],
    memberTwiceInGroup: [[t.memberTwiceInGroup('"c-5"'), '"c-5"']],
    memberAlsoIn: [[t.memberAlsoIn('"c-6"', '"g-7"'), '"c-6"', '"g-7"']],
    unknownVenue: [[t.unknownVenue('"v-8"'), '"v-8"']],
    conflictingRelationship: [[t.conflictingRelationship('"c-9"', '"c-10"'), '"c-9"', '"c-10"']],
    minAboveMax: [[t.minAboveMax(11, 12), 11, 12]],
    preferredOutside: [[t.preferredOutside(13, 14, 15), 13, 14, 15]],
    slotsRequiredNoneOffered: [[t.slotsRequiredNoneOffered]],
    maximumBelowMinimum: [[t.maximumBelowMinimum(16, 17), 16, 17]],
    tooManyIssues: [
      [t.tooManyIssues(1, 1_000), 1, 1_000],
      [t.tooManyIssues(18, 1_000), 18, 1_000],
    ],
    invalidInput: [[t.invalidInput(19, "candidates[20].age", "too_big"), 19, "candidates[20].age", "too_big"]],
    cannotSendFunction: [[t.cannotSendFunction("onProgress"), "onProgress"]],
    workersOutOfRange: [[t.workersOutOfRange(64), 64]],
  };
}

describe("validation's texts", () => {
  it.each(LOCALES)("in %s, every text reads as recorded", (locale) => {
    const rendered = Object.fromEntries(Object.entries(samples(ISSUE_TEXTS[locale])).map(([key, list]) => [key, list.map(([text]) => text)]));
    expect(rendered).toMatchSnapshot();
  });

  it.each(LOCALES)("in %s, every text says something, carries what it is given, and no two read the same", (locale) => {
    const all: string[] = [];
    for (const [key, list] of Object.entries(samples(ISSUE_TEXTS[locale]))) {
      for (const [text, ...shown] of list) {
        expect(text.trim(), key).not.toBe("");
        for (const part of shown) expect(text, `${key} shows ${part}`).toContain(String(part));
        all.push(text);
      }
    }
    expect(new Set(all).size).toBe(all.length);
  });
});
