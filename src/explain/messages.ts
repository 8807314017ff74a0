import type { WaitReasonCode } from "../model/result.js";

/** The coordinator's text for each reason; figures travel in the reason's own fields. */
export const MESSAGES: Record<WaitReasonCode, string> = {
  below_minimum_age: "Below the policy's minimum age; groups are for adults.",
  above_maximum_age: "Above the policy's maximum age.",
  age_unknown: "Age is not recorded, so the age rules cannot be checked.",
  no_reachable_venue: "No meeting place within their travel distance meets their needs.",
  no_common_slot: "A meeting place they can reach meets their needs, but none is open in a weekly slot they can make.",
  together_incompatible:
    "They must join together with someone (a couple, a family), and the two can never be in one group: the rules keep them apart, they share no place and slot, or they are more than a group holds.",
  together_partner_blocked: "They must join together with someone who cannot be placed (see partnerId and partnerReason), so they wait too.",
  no_starter_available: "No starter is free who could start a group at a place and slot they can use (reach it, make the slot, share the experience where that is required).",
  too_few_compatible:
    "Too few people in the pool could share a group with them at any place and slot they can use (compatible: the most at any one), so no composition of this pool can place them.",
  no_room_left:
    "Enough people could form a group with them, but every room where they could meet is taken in the slots they can make (a venue without `rooms` counts as one room).",
  not_selected:
    "They could have been in a group, but this composition placed others (placedLongerWaiting: people who waited longer and could share a group with them were placed).",
};
