/** Counterexamples the hostile properties found, each kept as a fixed case named after what it exposed. */
import { describe, expect, it } from "vitest";
import { composeTyped, validateTyped } from "./outcomes.js";
import { replaced } from "./richPool.js";

describe("hostile-input regressions", () => {
  // Found by "a valid pool broken at any one place by any JSON value" with compose:
  // fc seed 1863189121, path "164" (replacement: policy.slots.offered = []). Before the fix,
  // compile read the empty offer as "no slot binds" and let people join open group g1, whose
  // kept slot the checker then rejected: compose threw CompositionError on caller input.
  it("requiredSlotsWithNoneOffered is a contradictory policy, not a checker failure", () => {
    const input = replaced(["policy", "slots", "offered"], []);
    const result = validateTyped(input);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues).toContainEqual(expect.objectContaining({ code: "contradictory_policy", path: ["policy", "slots", "offered"] }));
    }
    expect(composeTyped(input)).toBe("invalid");
  });

  it("an empty offer is fine when slots are not required", () => {
    const input = replaced(["policy", "slots"], { required: false, offered: [] });
    expect(validateTyped(input).success).toBe(true);
    expect(composeTyped(input)).toBe("composed");
  });
});
