import { describe, expect, it } from "vitest";
import { ValidationError, compose, validate, type ComposeInput } from "../../src/index.js";

const CANARY = "zqcanary";
const canary = (field: string): string => `${CANARY}-${field}`;

/** Every personal field holds a canary, in shapes that are each invalid in some way. */
function hostilePools(): unknown[] {
  const valid = {
    id: "c1",
    age: 41,
    gender: "female",
    problem: canary("problem"),
    role: "relative",
    relation: "partner",
    patientSetting: "home",
    event: canary("event"),
    location: { municipality: canary("municipality"), lat: 60.39, lon: 5.32 },
    maxTravelKm: 12,
    availability: [canary("slot")],
    needs: [canary("need")],
    expectation: "change",
    waitingSince: "2025-03-01",
  };
  const long = `${canary("long")}${"x".repeat(300)}`;
  return [
    { candidates: [{ ...valid, gender: canary("gender") }] },
    { candidates: [{ ...valid, role: canary("role"), relation: canary("relation"), patientSetting: canary("setting") }] },
    { candidates: [{ ...valid, expectation: canary("expectation") }] },
    { candidates: [{ ...valid, age: canary("age") }] },
    { candidates: [{ ...valid, waitingSince: canary("date") }] },
    { candidates: [{ ...valid, problem: long, event: long }] },
    { candidates: [{ ...valid, location: { municipality: long, lat: canary("lat") } }] },
    { candidates: [{ ...valid, availability: canary("availability"), needs: [long] }] },
    { candidates: [{ ...valid, maxTravelKm: canary("km") }] },
    { candidates: [{ ...valid, knows: [canary("knows-id")], together: [7] }] },
    { candidates: [valid], policy: { gender: { mix: canary("mix") }, problem: { mode: canary("mode") } } },
    { candidates: [valid, { ...valid, problem: canary("second") }] },
    { candidates: [{ ...valid, unexpected: canary("value") }] },
    canary("not-an-object"),
  ];
}

/** Values that are personal but not ids; an id may legitimately be named in a message. */
function leaked(text: string): boolean {
  return text.includes(CANARY) && !text.includes(`"${canary("knows-id")}"`);
}

describe("no personal value appears in a validation message", () => {
  it("validate never echoes a canary field value", () => {
    for (const pool of hostilePools()) {
      const result = validate(pool);
      expect(result.success).toBe(false);
      if (result.success) continue;
      for (const issue of result.issues) {
        // An empty message would pass the leak check: each must say something and carry its code.
        expect(issue.message.trim(), issue.code).not.toBe("");
        expect(issue.code).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
        expect(leaked(issue.message), issue.message).toBe(false);
      }
    }
  });

  it("the error compose throws carries no canary value in its message or issues", () => {
    for (const pool of hostilePools()) {
      let thrown: unknown;
      try {
        compose(pool as ComposeInput);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ValidationError);
      const error = thrown as ValidationError;
      expect(error.message.trim()).not.toBe("");
      expect(leaked(error.message)).toBe(false);
      for (const issue of error.issues) {
        expect(issue.message.trim(), issue.code).not.toBe("");
        expect(leaked(issue.message)).toBe(false);
      }
    }
  });
});
