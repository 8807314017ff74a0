/**
 * Thrown when the independent checker rejects what the solver produced. This is a bug in
 * sammen, never in the caller's data; the message names rules and group ids only.
 */
export class CompositionError extends Error {
  override readonly name = "CompositionError";
  readonly violations: { rule: string; groupId?: string }[];

  constructor(violations: { rule: string; groupId?: string }[]) {
    const first = violations[0];
    super(
      `sammen produced a composition its checker rejects (${violations.length} violation(s); first: ${first?.rule ?? "?"}` +
        `${first?.groupId === undefined ? "" : ` in group ${first.groupId}`}). Please report this with the seed.`,
    );
    this.violations = violations;
  }
}
