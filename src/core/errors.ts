/** One problem with an engine input, in the house issue shape. */
export interface CoreIssue {
  code: "bad_matrix" | "bad_bounds" | "infeasible_sizes" | "bad_option";
  path: (string | number)[];
  message: string;
}

/** Thrown when an instance or option given to the engine is malformed; lists every issue. */
export class CoreInputError extends Error {
  override readonly name = "CoreInputError";
  /** Every problem found, not just the first. */
  readonly issues: CoreIssue[];
  constructor(issues: CoreIssue[]) {
    super(`invalid engine input: ${issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    this.issues = issues;
  }
}

/**
 * Thrown in assert mode when an incrementally maintained quantity drifts from its
 * from-scratch recomputation. `term` names the quantity (e.g. `"pairwise"`).
 */
export class EngineAssertionError extends Error {
  override readonly name = "EngineAssertionError";
  readonly term: string;
  readonly incremental: number;
  readonly recomputed: number;
  constructor(term: string, incremental: number, recomputed: number, detail = "") {
    super(
      `assert mode: term "${term}" drifted: incremental ${incremental}, recomputed ${recomputed}` +
        (detail ? ` (${detail})` : ""),
    );
    this.term = term;
    this.incremental = incremental;
    this.recomputed = recomputed;
  }
}
