/**
 * The checker's tamper cases, keyed by the rule each breaks: a valid fixture and one minimal
 * change to it. Shared by the checker's own tests and the locale tests, which judge every
 * rule's message in every locale.
 */
import type { CheckRule } from "../../src/check/check.js";
import { CANARY, SLOTS, groupOf, person, waiting, withExistingGroups, withVenues, withoutVenues, type Fixture } from "./fixtures.js";

/** One minimal tampering that must break exactly one rule. */
export interface TamperCase<R extends CheckRule = CheckRule> {
  title: string;
  rule: R;
  fixture: () => Fixture;
  tamper: (f: Fixture) => void;
  /** The group the violation must name, when it names one. */
  groupId?: string;
  /** The candidate ids the violation must name, in any order. */
  candidateIds?: string[];
}

/** A fresh fixture with the case's tampering applied. */
export function tamperedFixture(c: TamperCase): Fixture {
  const f = c.fixture();
  c.tamper(f);
  return f;
}

/** Move a candidate from a group's members to the waitlist. */
function toWaitlist(f: Fixture, groupId: string, id: string): void {
  const g = groupOf(f, groupId);
  g.members = g.members.filter((m) => m !== id);
  f.result.waitlist.push(waiting(id));
}

/** Move a waiting candidate into a group. */
function fromWaitlist(f: Fixture, groupId: string, id: string): void {
  f.result.waitlist = f.result.waitlist.filter((w) => w.candidateId !== id);
  groupOf(f, groupId).members.push(id);
}

/**
 * The tamper cases, keyed by the rule they break. The type holds the keys to `CheckRule`: a rule added
 * to the union without a case here is a type error, and the test below also compares the keys with
 * the union as written in `violation.ts`, so the suite fails on it even without a type check.
 */
export const casesByRule: { [R in CheckRule]: readonly [TamperCase<R>, ...TamperCase<R>[]] } = {
  invalid_input: [
    {
      title: "an input that does not parse gives one invalid_input violation",
      rule: "invalid_input",
      fixture: withVenues,
      tamper: (f) => {
        (person(f, "a1") as { age: unknown }).age = "canary-age-zzq";
      },
    },
  ],
  group_size: [
    {
      title: "new groups above the maximum size break group_size",
      rule: "group_size",
      fixture: withVenues,
      tamper: (f) => {
        f.input.policy = { ...f.input.policy, groupSize: { min: 3, max: 3, preferred: 3 } };
      },
      groupId: "g1",
    },
    {
      title: "a new group below the minimum size breaks group_size",
      rule: "group_size",
      fixture: withVenues,
      tamper: (f) => {
        toWaitlist(f, "g1", "a3");
        toWaitlist(f, "g1", "a4");
      },
      groupId: "g1",
    },
  ],
  ineligible_member: [
    {
      title: "a new member below age.minimum breaks ineligible_member",
      rule: "ineligible_member",
      fixture: withVenues,
      tamper: (f) => {
        f.input.policy = { ...f.input.policy, age: { minimum: 84 } };
      },
      groupId: "g1",
      candidateIds: ["a1"],
    },
    {
      title: "a new member above age.maximum breaks ineligible_member",
      rule: "ineligible_member",
      fixture: withVenues,
      tamper: (f) => {
        f.input.policy = { ...f.input.policy, age: { maximum: 96 } };
      },
      groupId: "g1",
      candidateIds: ["a4"],
    },
    {
      title: "a new member whose age is unknown breaks ineligible_member",
      rule: "ineligible_member",
      fixture: withVenues,
      tamper: (f) => {
        delete person(f, "a2").age;
      },
      groupId: "g1",
      candidateIds: ["a2"],
    },
  ],
  age_span: [
    {
      title: "the age span is taken from the youngest and oldest, not the first and last member",
      rule: "age_span",
      fixture: withVenues,
      tamper: (f) => {
        f.input.policy = { ...f.input.policy, age: { maxSpan: 5 } };
        groupOf(f, "g1").members = ["a2", "a1", "a4", "a3"];
      },
      groupId: "g1",
      candidateIds: ["a1", "a4"],
    },
    {
      title: "a group older than the allowed age span breaks age_span",
      rule: "age_span",
      fixture: withVenues,
      tamper: (f) => {
        f.input.policy = { ...f.input.policy, age: { maxSpan: 5 } };
      },
      groupId: "g1",
      candidateIds: ["a1", "a4"],
    },
  ],
  shared_problem: [
    {
      title: "a shared-problem group with two problems breaks shared_problem",
      rule: "shared_problem",
      fixture: withVenues,
      tamper: (f) => {
        person(f, "a2").problem = CANARY.otherProblem;
      },
      groupId: "g1",
      candidateIds: ["a2"],
    },
  ],
  never_mix: [
    {
      title: "a never-mix pair listed the other way round breaks never_mix",
      rule: "never_mix",
      fixture: withVenues,
      tamper: (f) => {
        f.input.policy = { ...f.input.policy, problem: { mode: "cross", neverMix: [[CANARY.otherProblem, CANARY.problem]] } };
        person(f, "a2").problem = CANARY.otherProblem;
      },
      groupId: "g1",
      candidateIds: ["a1", "a2", "a3", "a4"],
    },
    {
      title: "a cross-problem group holding a never-mix pair breaks never_mix",
      rule: "never_mix",
      fixture: withVenues,
      tamper: (f) => {
        f.input.policy = { ...f.input.policy, problem: { mode: "cross", neverMix: [[CANARY.problem, CANARY.otherProblem]] } };
        person(f, "a2").problem = CANARY.otherProblem;
      },
      groupId: "g1",
      candidateIds: ["a1", "a2", "a3", "a4"],
    },
  ],
  single_gender: [
    {
      title: "one member with a single-gender problem makes a mixed group break single_gender (any member, not every)",
      rule: "single_gender",
      fixture: withVenues,
      tamper: (f) => {
        f.input.policy = { ...f.input.policy, problem: { mode: "cross" } };
        person(f, "a3").problem = "breast-cancer";
      },
      groupId: "g1",
      candidateIds: ["a2", "a4"],
    },
    {
      title: "a mixed-gender group in a single-gender problem area breaks single_gender",
      rule: "single_gender",
      fixture: withVenues,
      tamper: (f) => {
        f.input.policy = { ...f.input.policy, gender: { singleGenderProblems: [CANARY.problem] } };
      },
      groupId: "g1",
      candidateIds: ["a2", "a4"],
    },
    {
      title: "an undisclosed gender beside a disclosed one in a single-gender group breaks single_gender",
      rule: "single_gender",
      fixture: withVenues,
      tamper: (f) => {
        f.input.policy = { ...f.input.policy, gender: { singleGenderProblems: [CANARY.problem] } };
        for (const id of ["a1", "a2", "a3"]) person(f, id).gender = "female";
        delete person(f, "a4").gender;
      },
      groupId: "g1",
      candidateIds: ["a4"],
    },
  ],
  roles_mixed: [
    {
      title: "a group with an affected person and a relative breaks roles_mixed",
      rule: "roles_mixed",
      fixture: withVenues,
      tamper: (f) => {
        person(f, "a2").role = "relative";
      },
      groupId: "g1",
      candidateIds: ["a2"],
    },
    {
      title: "a person without a role beside relatives breaks roles_mixed (an absent role is self)",
      rule: "roles_mixed",
      fixture: withVenues,
      tamper: (f) => {
        for (const id of ["a1", "a2", "a3"]) person(f, id).role = "relative";
        delete person(f, "a4").role;
      },
      groupId: "g1",
      candidateIds: ["a4"],
    },
  ],
  relation_mixed: [
    {
      title: "relatives with different relations in one group break relation_mixed",
      rule: "relation_mixed",
      fixture: withVenues,
      tamper: (f) => {
        for (const id of ["a1", "a2", "a3", "a4"]) person(f, id).role = "relative";
        person(f, "a1").relation = "partner";
        person(f, "a2").relation = "partner";
        person(f, "a3").relation = "child";
      },
      groupId: "g1",
      candidateIds: ["a3"],
    },
    {
      title: "bereaved with different relations in one group break relation_mixed (default relatives.roles)",
      rule: "relation_mixed",
      fixture: withVenues,
      tamper: (f) => {
        for (const id of ["a1", "a2", "a3", "a4"]) person(f, id).role = "bereaved";
        person(f, "a1").relation = "parent";
        person(f, "a2").relation = "parent";
        person(f, "a4").relation = "partner";
      },
      groupId: "g1",
      candidateIds: ["a4"],
    },
  ],
  patient_setting_mixed: [
    {
      title: "relatives whose ill person lives in different settings break patient_setting_mixed (switched on for every area)",
      rule: "patient_setting_mixed",
      fixture: withVenues,
      tamper: (f) => {
        f.input.policy = { ...f.input.policy, relatives: { byPatientSetting: true } };
        for (const id of ["a1", "a2", "a3", "a4"]) person(f, id).role = "relative";
        person(f, "a1").patientSetting = "home";
        person(f, "a2").patientSetting = "institution";
        person(f, "a3").patientSetting = "institution";
      },
      groupId: "g1",
      candidateIds: ["a1"],
    },
    {
      title: "stroke relatives at home and in an institution break patient_setting_mixed (default list)",
      rule: "patient_setting_mixed",
      fixture: withVenues,
      tamper: (f) => {
        for (const id of ["a1", "a2", "a3", "a4"]) Object.assign(person(f, id), { role: "relative", problem: "stroke" });
        f.input.starters = f.input.starters?.map((s) => ({ ...s, experience: ["stroke"] }));
        person(f, "a1").patientSetting = "home";
        person(f, "a2").patientSetting = "home";
        person(f, "a3").patientSetting = "institution";
      },
      groupId: "g1",
      candidateIds: ["a3"],
    },
  ],
  event_mixed: [
    {
      title: "a group built on two events breaks event_mixed",
      rule: "event_mixed",
      fixture: withVenues,
      tamper: (f) => {
        person(f, "a1").event = CANARY.event;
        person(f, "a2").event = CANARY.event;
        person(f, "a3").event = CANARY.otherEvent;
        person(f, "a4").event = CANARY.event;
      },
      groupId: "g1",
      candidateIds: ["a3"],
    },
    {
      title: "a person without an event in a group built on one breaks event_mixed",
      rule: "event_mixed",
      fixture: withVenues,
      tamper: (f) => {
        for (const id of ["a1", "a2", "a3"]) person(f, id).event = CANARY.event;
      },
      groupId: "g1",
      candidateIds: ["a4"],
    },
  ],
  gender_mix_required: [
    {
      title: "a new group of one recorded gender breaks gender_mix_required",
      rule: "gender_mix_required",
      fixture: withVenues,
      tamper: (f) => {
        f.input.policy = { ...f.input.policy, gender: { mix: "require" } };
        for (const id of ["a1", "a2", "a3", "a4"]) person(f, id).gender = "female";
      },
      groupId: "g1",
      candidateIds: ["a1", "a2", "a3", "a4"],
    },
    {
      title: "one recorded gender beside undisclosed ones breaks gender_mix_required",
      rule: "gender_mix_required",
      fixture: withVenues,
      tamper: (f) => {
        f.input.policy = { ...f.input.policy, gender: { mix: "require" } };
        for (const id of ["a2", "a3", "a4"]) delete person(f, id).gender;
      },
      groupId: "g1",
      candidateIds: ["a1", "a2", "a3", "a4"],
    },
    {
      title: "an existing group that received a member and holds one gender breaks gender_mix_required",
      rule: "gender_mix_required",
      fixture: withExistingGroups,
      tamper: (f) => {
        f.input.policy = { ...f.input.policy, gender: { mix: "require" } };
        for (const id of ["x2", "x3"]) person(f, id).gender = "female";
      },
      groupId: "e1",
      candidateIds: ["x1", "x2", "x3"],
    },
  ],
  keep_apart: [
    {
      title: "a group with a member who knows another member breaks keep_apart",
      rule: "keep_apart",
      fixture: withVenues,
      tamper: (f) => {
        person(f, "a1").knows = ["a3", "w1"];
      },
      groupId: "g1",
      candidateIds: ["a1", "a3"],
    },
  ],
  together_split: [
    {
      title: "a couple with one placed and one waiting breaks together_split",
      rule: "together_split",
      fixture: withVenues,
      tamper: (f) => {
        person(f, "w1").together = ["a2"];
      },
      candidateIds: ["a2", "w1"],
    },
    {
      title: "a family linked through a third person and split across groups breaks together_split",
      rule: "together_split",
      fixture: withVenues,
      tamper: (f) => {
        person(f, "a1").together = ["a2"];
        person(f, "b1").together = ["a2"];
      },
      candidateIds: ["a1", "a2", "b1"],
    },
  ],
  common_slot: [
    {
      title: "an unchanged existing group returned in another slot breaks common_slot",
      rule: "common_slot",
      fixture: withExistingGroups,
      tamper: (f) => {
        groupOf(f, "c1").slot = SLOTS.tue;
      },
      groupId: "c1",
    },
    {
      title: "a member not available in the group's slot breaks common_slot",
      rule: "common_slot",
      fixture: withVenues,
      tamper: (f) => {
        person(f, "a1").availability = [SLOTS.mon];
      },
      groupId: "g1",
      candidateIds: ["a1"],
    },
    {
      title: "a group without a slot when slots are required breaks common_slot",
      rule: "common_slot",
      fixture: withoutVenues,
      tamper: (f) => {
        groupOf(f, "h1").slot = null;
      },
      groupId: "h1",
    },
    {
      title: "a slot outside the offered slots breaks common_slot",
      rule: "common_slot",
      fixture: withoutVenues,
      tamper: (f) => {
        f.input.policy = { ...f.input.policy, slots: { offered: [SLOTS.tue] } };
        person(f, "m1").availability = [CANARY.slot, SLOTS.tue];
      },
      groupId: "h1",
    },
    {
      title: "a venue that does not list the group's slot breaks common_slot",
      rule: "common_slot",
      fixture: withVenues,
      tamper: (f) => {
        const v2 = f.input.venues?.find((v) => v.id === "v2");
        if (v2) v2.slots = [CANARY.slot];
      },
      groupId: "g2",
    },
    {
      title: "an existing group moved to another slot breaks common_slot",
      rule: "common_slot",
      fixture: withExistingGroups,
      tamper: (f) => {
        const e1 = f.input.groups?.find((g) => g.id === "e1");
        if (e1) e1.slot = SLOTS.mon;
      },
      groupId: "e1",
    },
  ],
  meeting_place: [
    {
      title: "an unchanged existing group returned at another venue breaks meeting_place",
      rule: "meeting_place",
      fixture: withExistingGroups,
      tamper: (f) => {
        f.input.venues?.push({ id: "v9", location: { municipality: CANARY.town } });
        groupOf(f, "c1").venue = "v9";
      },
      groupId: "c1",
    },
    {
      title: "an existing group without venues moved out of its municipality breaks meeting_place",
      rule: "meeting_place",
      fixture: withoutVenues,
      tamper: (f) => {
        f.input.groups = [{ id: "h0", members: ["m1", "m2"], closed: false, municipality: CANARY.village }];
        groupOf(f, "h1").existing = "h0";
      },
      groupId: "h1",
    },
    {
      title: "a group at a venue that does not exist breaks meeting_place",
      rule: "meeting_place",
      fixture: withVenues,
      tamper: (f) => {
        groupOf(f, "g1").venue = "v-missing";
      },
      groupId: "g1",
    },
    {
      title: "a group with a venue when the input has none breaks meeting_place",
      rule: "meeting_place",
      fixture: withoutVenues,
      tamper: (f) => {
        groupOf(f, "h1").venue = "v1";
      },
      groupId: "h1",
    },
    {
      title: "a group without a municipality when there are no venues breaks meeting_place",
      rule: "meeting_place",
      fixture: withoutVenues,
      tamper: (f) => {
        groupOf(f, "h1").municipality = null;
      },
      groupId: "h1",
    },
    {
      title: "an existing group that received members at another venue breaks meeting_place",
      rule: "meeting_place",
      fixture: withExistingGroups,
      tamper: (f) => {
        f.input.venues?.push({ id: "v9", location: { municipality: CANARY.town } });
        groupOf(f, "e1").venue = "v9";
      },
      groupId: "e1",
    },
  ],
  unreachable: [
    {
      title: "a member whose travel limit is shorter than the way to the venue breaks unreachable",
      rule: "unreachable",
      fixture: withVenues,
      tamper: (f) => {
        person(f, "a1").maxTravelKm = 0.1;
      },
      groupId: "g1",
      candidateIds: ["a1"],
    },
    {
      title: "a member without a location can reach nothing and breaks unreachable",
      rule: "unreachable",
      fixture: withVenues,
      tamper: (f) => {
        delete person(f, "a4").location;
      },
      groupId: "g1",
      candidateIds: ["a4"],
    },
    {
      title: "a member further away by the distance table than they travel breaks unreachable",
      rule: "unreachable",
      fixture: withoutVenues,
      tamper: (f) => {
        person(f, "m4").maxTravelKm = 10;
      },
      groupId: "h1",
      candidateIds: ["m4"],
    },
    {
      title: "a member in a municipality with no known distance breaks unreachable",
      rule: "unreachable",
      fixture: withoutVenues,
      tamper: (f) => {
        f.input.distances = [];
      },
      groupId: "h1",
      candidateIds: ["m4"],
    },
  ],
  venue_needs: [
    {
      title: "a venue that does not offer a member's need breaks venue_needs",
      rule: "venue_needs",
      fixture: withVenues,
      tamper: (f) => {
        const v1 = f.input.venues?.find((v) => v.id === "v1");
        if (v1) v1.offers = ["step-free"];
      },
      groupId: "g1",
      candidateIds: ["a1"],
    },
  ],
  venue_capacity: [
    {
      title: "a group larger than its venue's capacity breaks venue_capacity",
      rule: "venue_capacity",
      fixture: withVenues,
      tamper: (f) => {
        const v1 = f.input.venues?.find((v) => v.id === "v1");
        if (v1) v1.capacity = 3;
      },
      groupId: "g1",
    },
  ],
  venue_rooms: [
    {
      title: "two groups in one room at the same venue and slot break venue_rooms",
      rule: "venue_rooms",
      fixture: withVenues,
      tamper: (f) => {
        groupOf(f, "g2").venue = "v1";
        groupOf(f, "g2").slot = CANARY.slot;
      },
      groupId: "g2",
    },
    {
      title: "a group that received members in the room an existing group holds breaks venue_rooms",
      rule: "venue_rooms",
      fixture: withExistingGroups,
      tamper: (f) => {
        const c1 = f.input.groups?.find((g) => g.id === "c1");
        if (c1) c1.slot = CANARY.slot;
        groupOf(f, "c1").slot = CANARY.slot;
      },
      groupId: "e1",
    },
  ],
  starter_count: [
    {
      title: "a new group with more starters than the maximum breaks starter_count",
      rule: "starter_count",
      fixture: withVenues,
      tamper: (f) => {
        f.input.policy = { ...f.input.policy, starters: { min: 0, max: 0 } };
      },
      groupId: "g1",
    },
    {
      title: "a new group with fewer starters than the minimum breaks starter_count",
      rule: "starter_count",
      fixture: withVenues,
      tamper: (f) => {
        groupOf(f, "g1").starters = [];
      },
      groupId: "g1",
    },
    {
      title: "an existing group given a starter breaks starter_count",
      rule: "starter_count",
      fixture: withExistingGroups,
      tamper: (f) => {
        groupOf(f, "e1").starters = ["s1"];
      },
      groupId: "e1",
    },
  ],
  starter_invalid: [
    {
      title: "a starter not available in the group's slot breaks starter_invalid",
      rule: "starter_invalid",
      fixture: withVenues,
      tamper: (f) => {
        const s1 = f.input.starters?.find((s) => s.id === "s1");
        if (s1) s1.availability = [SLOTS.mon];
      },
      groupId: "g1",
    },
    {
      title: "a starter who does not exist breaks starter_invalid",
      rule: "starter_invalid",
      fixture: withVenues,
      tamper: (f) => {
        groupOf(f, "g1").starters = ["s-missing"];
      },
      groupId: "g1",
    },
    {
      title: "a starter who cannot reach the venue breaks starter_invalid",
      rule: "starter_invalid",
      fixture: withVenues,
      tamper: (f) => {
        const s1 = f.input.starters?.find((s) => s.id === "s1");
        if (s1) s1.maxTravelKm = 0.1;
      },
      groupId: "g1",
    },
    {
      title: "a starter in more groups than maxGroups breaks starter_invalid",
      rule: "starter_invalid",
      fixture: withVenues,
      tamper: (f) => {
        groupOf(f, "g1").starters = ["s1", "s2"];
      },
    },
    {
      title: "a starter in two groups with the same slot breaks starter_invalid",
      rule: "starter_invalid",
      fixture: withVenues,
      tamper: (f) => {
        const s2 = f.input.starters?.find((s) => s.id === "s2");
        if (s2) s2.maxGroups = 2;
        groupOf(f, "g1").starters = ["s1", "s2"];
        groupOf(f, "g2").slot = CANARY.slot;
      },
    },
    {
      title: "a starter without the members' experience breaks starter_invalid when it is required",
      rule: "starter_invalid",
      fixture: withVenues,
      tamper: (f) => {
        f.input.policy = { ...f.input.policy, starters: { min: 1, max: 2, requireSharedExperience: true } };
        const s1 = f.input.starters?.find((s) => s.id === "s1");
        if (s1) s1.experience = ["grief"];
      },
      groupId: "g1",
      candidateIds: ["a1", "a2", "a3", "a4"],
    },
  ],
  candidate_lost: [
    {
      title: "a candidate in neither a group nor the waitlist breaks candidate_lost",
      rule: "candidate_lost",
      fixture: withVenues,
      tamper: (f) => {
        f.result.waitlist = [];
      },
      candidateIds: ["w1"],
    },
  ],
  candidate_duplicated: [
    {
      title: "a candidate both placed and waiting breaks candidate_duplicated",
      rule: "candidate_duplicated",
      fixture: withVenues,
      tamper: (f) => {
        f.result.waitlist.push(waiting("a1"));
      },
      candidateIds: ["a1"],
    },
    {
      title: "a candidate listed twice in one group breaks candidate_duplicated",
      rule: "candidate_duplicated",
      fixture: withoutVenues,
      tamper: (f) => {
        groupOf(f, "h1").members.push("m2");
      },
      candidateIds: ["m2"],
    },
  ],
  candidate_invented: [
    {
      title: "a waiting id that is not a candidate breaks candidate_invented",
      rule: "candidate_invented",
      fixture: withVenues,
      tamper: (f) => {
        f.result.waitlist.push(waiting("ghost"));
      },
      candidateIds: ["ghost"],
    },
    {
      title: "a group member that is not a candidate breaks candidate_invented",
      rule: "candidate_invented",
      fixture: withoutVenues,
      tamper: (f) => {
        groupOf(f, "h1").members.push("ghost");
      },
      groupId: "h1",
      candidateIds: ["ghost"],
    },
  ],
  existing_member_moved: [
    {
      title: "a member of an existing group sent to the waitlist breaks existing_member_moved",
      rule: "existing_member_moved",
      fixture: withExistingGroups,
      tamper: (f) => {
        toWaitlist(f, "e1", "x1");
      },
      groupId: "e1",
      candidateIds: ["x1"],
    },
  ],
  closed_group_changed: [
    {
      title: "a closed group that takes a new member breaks closed_group_changed",
      rule: "closed_group_changed",
      fixture: withExistingGroups,
      tamper: (f) => {
        fromWaitlist(f, "c1", "z1");
      },
      groupId: "c1",
      candidateIds: ["z1"],
    },
  ],
  duplicate_group_id: [
    {
      title: "two groups with one id break duplicate_group_id",
      rule: "duplicate_group_id",
      fixture: withVenues,
      tamper: (f) => {
        groupOf(f, "g2").id = "g1";
      },
      groupId: "g1",
    },
  ],
  waitlist_without_reason: [
    {
      title: "a waitlist entry without a reason breaks waitlist_without_reason",
      rule: "waitlist_without_reason",
      fixture: withVenues,
      tamper: (f) => {
        const w = f.result.waitlist[0];
        if (w) w.reasons = [];
      },
      candidateIds: ["w1"],
    },
  ],
};

