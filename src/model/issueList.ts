import { ISSUE_TEXTS, type IssueTexts } from "./issueMessages.js";
import type { Issue } from "./issues.js";

/** The most issues one `validate` call lists; more are counted and summed up in a last `too_many_issues` entry. */
export const MAX_ISSUES = 1_000;

/**
 * Collects issues in the order they are found, drops exact repeats (same code, path and
 * message) and keeps at most `limit`, counting the rest.
 */
export class IssueList {
  private readonly issues: Issue[] = [];
  private readonly seen = new Set<string>();
  private dropped = 0;

  /**
   * @param limit - how many issues to keep (default `MAX_ISSUES`).
   * @param texts - the language of the closing `too_many_issues` message (default English).
   */
  constructor(
    private readonly limit: number = MAX_ISSUES,
    private readonly texts: IssueTexts = ISSUE_TEXTS.en,
  ) {}

  /** True once `limit` issues are held: further ones are only counted. */
  get full(): boolean {
    return this.issues.length >= this.limit;
  }

  /** How many more issues can be kept. */
  get room(): number {
    return Math.max(0, this.limit - this.issues.length);
  }

  /** Adds an issue unless the same one is already listed. */
  add(issue: Issue): void {
    const key = `${issue.code}\u0000${JSON.stringify(issue.path)}\u0000${issue.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.full) this.dropped++;
    else this.issues.push(issue);
  }

  /** Counts `count` issues that were found but not built, because the list is full. */
  skip(count: number): void {
    this.dropped += count;
  }

  /** Every issue kept, then one `too_many_issues` entry when some were left out. */
  toArray(): Issue[] {
    if (this.dropped === 0) return [...this.issues];
    return [...this.issues, { code: "too_many_issues", path: [], message: this.texts.tooManyIssues(this.dropped, this.limit) }];
  }
}
