/**
 * Every text the checker writes, rendered with sample ids and figures in each locale. The
 * snapshot holds each sentence exactly, so an emptied, shortened or swapped text fails; the
 * properties say why the sentences matter: each carries the ids and figures it was given, and
 * no two texts of a locale read the same.
 */
import { describe, expect, it } from "vitest";
import { CHECK_TEXTS, type CheckTexts } from "../../src/check/messages.js";
import { LOCALES } from "../../src/model/locale.js";

/** Ids and figures no text writes by itself, so finding one in a text means it was passed in. */
const G = "g-71";
const V = "v-72";
const S = "s-73";
const E = "e-74";

/** Each text with sample arguments and the arguments it must show; a text without a sample is a type error. */
function samples(t: CheckTexts): Record<keyof CheckTexts, [string, ...(string | number)[]][]> {
  return {
    group: [[t.group(G, "detail-75"), G, "detail-75"]],
    ids: [
      [t.ids(["c-1", "c-2"]), "c-1, c-2"],
      [t.ids(Array.from({ length: 20 }, (_, k) => `c-${k}`)), "c-19"],
      [t.ids(Array.from({ length: 23 }, (_, k) => `c-${k}`)), "c-19", 3],
    ],
    inputDoesNotParse: [[t.inputDoesNotParse("candidates.0.age"), "candidates.0.age"]],
    distinctValues: (["problem", "role", "relation", "patientSetting", "event"] as const).map((field) => [t.distinctValues(76, field), 76]),
    singleGenderValues: [[t.singleGenderValues(77), 77]],
    sizeBelowMin: [[t.sizeBelowMin(78, 79), 78, 79]],
    sizeAboveMax: [[t.sizeAboveMax(80, 81), 80, 81]],
    notEligible: [
      [t.notEligible("c-82", { unknown: 83, young: 84, old: 85 }, 86, 87), "c-82", 83, 84, 85, 86, 87],
      [t.notEligible("c-82", { unknown: 83, young: 0, old: 0 }, 86, undefined), "c-82", 83],
      [t.notEligible("c-82", { unknown: 0, young: 84, old: 0 }, 86, 87), "c-82", 84, 86],
      [t.notEligible("c-82", { unknown: 0, young: 0, old: 85 }, 86, 87), "c-82", 85, 87],
    ],
    ageSpan: [[t.ageSpan(88, 89, "c-90", "c-91"), 88, 89, "c-90", "c-91"]],
    neverMixPairs: [[t.neverMixPairs(92), 92]],
    gendersRecorded: [[t.gendersRecorded(93), 93]],
    pairsWhoKnowEachOther: [[t.pairsWhoKnowEachOther(94), 94]],
    slotWithoutUniverse: [[t.slotWithoutUniverse]],
    noSlot: [[t.noSlot]],
    slotNotInUniverse: [[t.slotNotInUniverse]],
    membersUnavailable: [[t.membersUnavailable(95), 95]],
    venueLacksSlot: [[t.venueLacksSlot(V), V]],
    slotNotKept: [[t.slotNotKept(E), E]],
    venueNotKept: [[t.venueNotKept(E, V), E, V]],
    municipalityNotKept: [[t.municipalityNotKept(E), E]],
    noVenue: [[t.noVenue]],
    venueUnknown: [[t.venueUnknown(V), V]],
    venueWithoutVenues: [[t.venueWithoutVenues(V), V]],
    noMunicipality: [[t.noMunicipality]],
    municipalityOfNoMember: [[t.municipalityOfNoMember]],
    cannotReachVenue: [[t.cannotReachVenue(96, V), 96, V]],
    cannotReachMunicipality: [[t.cannotReachMunicipality(97), 97]],
    needsUnmet: [[t.needsUnmet(V, 98), V, 98]],
    overCapacity: [[t.overCapacity(99, 100, V), 99, 100, V]],
    roomsOverbooked: [[t.roomsOverbooked(V, 101, "g-a, g-b", 102), V, 101, "g-a, g-b", 102]],
    existingHasStarters: [[t.existingHasStarters(103), 103]],
    startersBelowMin: [[t.startersBelowMin(104, 105), 104, 105]],
    startersAboveMax: [[t.startersAboveMax(106, 107), 106, 107]],
    starterTwice: [[t.starterTwice(S), S]],
    starterUnknown: [[t.starterUnknown(S), S]],
    starterCannotReach: [[t.starterCannotReach(S), S]],
    starterUnavailable: [[t.starterUnavailable(S), S]],
    starterLacksExperience: [[t.starterLacksExperience(S, 108), S, 108]],
    starterOverused: [[t.starterOverused(S, 109, "g-a, g-b", 110), S, 109, "g-a, g-b", 110]],
    starterSameSlot: [[t.starterSameSlot(S, 111, "g-a, g-b"), S, 111, "g-a, g-b"]],
    inGroup: [[t.inGroup(G), G]],
    waitlist: [[t.waitlist]],
    togetherSplit: [[t.togetherSplit(112, 113, "where-114", "c-115"), 112, 113, "where-114", "c-115"]],
    groupIdReused: [[t.groupIdReused(G, 116), G, 116]],
    existingContinuedTwice: [[t.existingContinuedTwice(E, 117), E, 117]],
    invented: [[t.invented(118, "c-119"), 118, "c-119"]],
    inventedWaiting: [[t.inventedWaiting(120, "c-121"), 120, "c-121"]],
    duplicated: [[t.duplicated("c-122", 123, "where-124"), "c-122", 123, "where-124"]],
    lost: [[t.lost(125, "c-126"), 125, "c-126"]],
    withoutReason: [[t.withoutReason(127, "c-128"), 127, "c-128"]],
    existingNotContinued: [[t.existingNotContinued(E, 129), E, 129]],
    existingLostMembers: [[t.existingLostMembers(E, 130), E, 130]],
    closedMissing: [[t.closedMissing(E), E]],
    closedChanged: [[t.closedChanged(E, 131, 132), E, 131, 132]],
    existingBreaks: [[t.existingBreaks(E, "age_span", ["detail-133", "detail-134"]), E, "age_span", "detail-133", "detail-134"]],
    togetherSplitByInput: [[t.togetherSplitByInput(135, "c-136", 137, "e-138"), 135, "c-136", 137, "e-138"]],
  };
}

describe("the checker's texts", () => {
  it.each(LOCALES)("in %s, every text reads as recorded", (locale) => {
    const rendered = Object.fromEntries(Object.entries(samples(CHECK_TEXTS[locale])).map(([key, list]) => [key, list.map(([text]) => text)]));
    expect(rendered).toMatchSnapshot();
  });

  it.each(LOCALES)("in %s, every text says something, carries the ids and figures it is given, and no two read the same", (locale) => {
    const all: string[] = [];
    for (const [key, list] of Object.entries(samples(CHECK_TEXTS[locale]))) {
      for (const [text, ...shown] of list) {
        expect(text.trim(), key).not.toBe("");
        for (const part of shown) expect(text, `${key} shows ${part}`).toContain(String(part));
        all.push(text);
      }
    }
    expect(new Set(all).size).toBe(all.length);
  });

  it.each(LOCALES)("in %s, a list of ids spells out 20 and counts the rest, and an age part with no one in it is left out", (locale) => {
    const t = CHECK_TEXTS[locale];
    const ids = Array.from({ length: 21 }, (_, k) => `c-${k}`);
    expect(t.ids(ids.slice(0, 20))).toBe(ids.slice(0, 20).join(", "));
    expect(t.ids(ids)).toContain(`${ids.slice(0, 20).join(", ")} `);
    expect(t.ids(ids)).not.toContain("c-20");
    const none = t.notEligible("c-1", { unknown: 0, young: 0, old: 0 }, 18, 80);
    for (const part of [t.notEligible("c-1", { unknown: 1, young: 0, old: 0 }, 18, 80), t.notEligible("c-1", { unknown: 0, young: 1, old: 0 }, 18, 80)]) {
      expect(part.length).toBeGreaterThan(none.length);
    }
    expect(t.notEligible("c-1", { unknown: 1, young: 1, old: 0 }, 18, 80)).not.toContain("80");
  });
});
