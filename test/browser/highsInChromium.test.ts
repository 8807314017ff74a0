/**
 * HiGHS in a real browser, by the route the README documents for apps: the page imports `highs`
 * through its bundler (esbuild here), the server hands out `highs.wasm` under a hashed asset name
 * on the page's own origin, and the page passes `highsSolver(await loadHighs({ locateFile }))` to
 * `compose` as `mipSolver`. The proof it gives is the one Node's HiGHS gives, byte for byte.
 * `loadHighsSolver()`, the route for Node, fails there with a typed error that names this route.
 */
import { describe, expect, it } from "vitest";
import { check, compose, loadHighsSolver, type ComposeResult } from "../../src/index.js";
import { OPTIMUM_CHECK_SEED } from "../helpers/fixedSeeds.js";
import { coursePool } from "../helpers/pools.js";
import { chromiumWithLibrary, HIGHS_WASM_NAME, openLibraryPage, type SammenTest } from "./libraryPage.js";

/** The result as bytes, with the one figure allowed to differ between runs set aside. */
function bytes(result: ComposeResult): string {
  return JSON.stringify({ ...result, stats: { ...result.stats, elapsedMs: 0 } });
}

describe("HiGHS in headless Chromium", () => {
  const session = chromiumWithLibrary();

  it("a course list of 20 proven optimal by HiGHS on the page gives the bytes Node's HiGHS gives; loadHighsSolver() rejects with HighsUnavailableError", async () => {
    // 20 people: beyond the bundled solver's reach in `auto`, two groups, HiGHS's proof in well under a second.
    const input = coursePool(20, OPTIMUM_CHECK_SEED + 117);
    const options = { seed: 1, maxIterations: 2_000, timeLimitMs: 600_000 };
    const { page, outside } = await openLibraryPage(session.browser, session.server, false);
    const wasmUrl = `${session.server.origin}plain/${HIGHS_WASM_NAME}`;
    const inBrowser = await page.evaluate(([pool, opts, url]) => (globalThis as unknown as { sammenTest: SammenTest }).sammenTest.composeWithHighs(pool, opts, url), [input, options, wasmUrl] as const);
    const inNode = compose(input, { ...options, mipSolver: await loadHighsSolver() });

    expect(inNode.stats.exact).toEqual({ solver: "highs", outcome: "proven", improvedSearch: false });
    expect(inNode.status).toBe("optimal");
    expect(inNode.groups.length).toBe(2);
    expect(inBrowser.stats.exact?.solver).toBe("highs");
    expect(bytes(inBrowser)).toBe(bytes(inNode));
    expect(check(input, inBrowser).ok).toBe(true);

    const attempt = await page.evaluate(() => (globalThis as unknown as { sammenTest: SammenTest }).sammenTest.tryLoadHighsSolver());
    expect(attempt.loaded).toBe(false);
    expect(attempt.name).toBe("HighsUnavailableError");
    expect(attempt.message).toContain("highsSolver(await loadHighs({ locateFile }))");
    expect(outside).toEqual([]);
  });
});
