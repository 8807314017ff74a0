/**
 * The report as a coordinator sees it: rendered for the example pool and opened in headless
 * Chromium (the system's, through playwright-core), with every request refused and recorded.
 * Screenshots are written to test-artifacts/ (ignored by git) for a person to look at: the whole
 * English report, and the first screen of the Norwegian one.
 */
import { mkdirSync, readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compose, type ComposeInput, type ComposeResult } from "../../src/index.js";
import { renderReport } from "../../src/report/index.js";
import { launchChromium, sealedPage } from "./chromium.js";

const EXAMPLE = JSON.parse(readFileSync(new URL("../../examples/pool.json", import.meta.url), "utf8")) as ComposeInput;
const RUN = { seed: 7, maxIterations: 5_000, method: "search", timeLimitMs: 60_000 } as const;
const ARTIFACTS = new URL("../../test-artifacts/", import.meta.url);

/** Every string in the page's text, split on white space, for looking ids up. */
async function words(page: Page): Promise<Set<string>> {
  const text = await page.locator("body").innerText();
  return new Set(text.split(/[\s,:()]+/).filter((w) => w !== ""));
}

describe("the report in headless Chromium", () => {
  let browser: Browser;
  // The English report, opened once: the content and print tests both read it.
  let english: { page: Page; requests: string[] };
  const results: Record<"en" | "nb", ComposeResult> = {
    en: compose(EXAMPLE, RUN),
    nb: compose(EXAMPLE, { ...RUN, locale: "nb" }),
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
    english = await sealedPage(browser);
    await english.page.setContent(renderReport(EXAMPLE, results.en), { waitUntil: "load" });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows every group, member and waiting person of the example, with the result's counts, and requests nothing", async () => {
    const result = results.en;
    const { page, requests } = english;
    await page.screenshot({ path: new URL("report-en.png", ARTIFACTS).pathname, fullPage: true });

    expect(await page.locator("h1").innerText()).toBe("Groups and waitlist");
    expect(await page.locator("[data-group]").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-group")))).toEqual(result.groups.map((g) => g.id));
    expect(await page.locator("tr[data-waiting]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-waiting")))).toEqual(
      [...result.waitlist].sort((a, b) => order(a) - order(b) || result.waitlist.indexOf(a) - result.waitlist.indexOf(b)).map((w) => w.candidateId),
    );
    const seen = await words(page);
    for (const id of [...result.groups.flatMap((g) => [g.id, ...g.members]), ...result.waitlist.map((w) => w.candidateId)]) expect(seen, id).toContain(id);
    const tile = (kind: string): Promise<string> => page.locator(`[data-count="${kind}"] .n`).innerText();
    expect([await tile("placed"), await tile("waiting"), await tile("groups")]).toEqual([String(result.stats.placed), String(result.stats.waiting), String(result.groups.length)]);
    expect(await page.locator("svg.strip").count()).toBe(result.groups.length);
    expect(requests).toEqual([]);

    /** Where the report lists an entry: by its first reason, in the order of RULES.md. */
    function order(entry: ComposeResult["waitlist"][number]): number {
      const rules = ["age_unknown", "below_minimum_age", "above_maximum_age", "no_reachable_venue", "no_common_slot", "together_partner_blocked", "together_incompatible", "no_starter_available", "too_few_compatible", "no_room_left", "not_selected"];
      return rules.indexOf(entry.reasons[0]?.code ?? "");
    }
  });

  it("in Norwegian, shows Norwegian headings", async () => {
    const { page, requests } = await sealedPage(browser);
    await page.setContent(renderReport(EXAMPLE, results.nb, { locale: "nb" }), { waitUntil: "load" });
    await page.screenshot({ path: new URL("report-nb.png", ARTIFACTS).pathname });
    expect(await page.locator("html").getAttribute("lang")).toBe("nb");
    expect(await page.locator("h1").innerText()).toBe("Grupper og venteliste");
    const headings = await page.locator("h2").evaluateAll((hs) => hs.map((h) => h.firstChild?.textContent?.trim()));
    expect(headings).toEqual(["Oversikt", "Grupper", "Venteliste", "Regler som er brukt"]);
    const text = await page.locator("body").innerText();
    for (const phrase of ["Etter problemområde", "Etter kommune", "Igangsettere", "Kjønnsfordeling", "Hva som ville latt dem starte"]) expect(text).toContain(phrase);
    expect(requests).toEqual([]);
    await page.context().close();
  });

  it("prints on A4 with each section on a page of its own and no group card split", async () => {
    const { page, requests } = english;
    await page.emulateMedia({ media: "print" });
    const breaks = await page.locator("section").evaluateAll((sections) => sections.map((s) => [s.id, getComputedStyle(s).breakBefore]));
    expect(breaks).toEqual([
      ["summary", "auto"],
      ["groups", "page"],
      ["waitlist", "page"],
      ["rules", "page"],
    ]);
    const cards = await page.locator(".card").evaluateAll((all) => [...new Set(all.map((c) => getComputedStyle(c).breakInside))]);
    expect(cards).toEqual(["avoid"]);
    await page.emulateMedia({ media: "screen" });
    expect(requests).toEqual([]);
  });

  it("the sealed page records and refuses a request when a page makes one (so an empty list means none was made)", async () => {
    const { page, requests } = await sealedPage(browser);
    await page.setContent('<img src="https://sammen.invalid/pixel.png" alt="">', { waitUntil: "load" });
    expect(requests).toEqual(["https://sammen.invalid/pixel.png"]);
    await page.context().close();
  });

  it("runs no script from hostile ids even with JavaScript on: they show as text", async () => {
    const at = { municipality: "Town", lat: 60.39, lon: 5.32 };
    const hostile = [`<script>window.pwned=1</script>`, `"><img src=x onerror="window.pwned=2">`, "<b>&amp;</b>", "'o'"];
    const input: ComposeInput = {
      candidates: hostile.map((id, k) => ({ id, age: 40 + k, gender: k % 2 === 0 ? ("female" as const) : ("male" as const), location: at })),
    };
    const { page, requests } = await sealedPage(browser, { javaScript: true });
    await page.setContent(renderReport(input, compose(input, RUN)), { waitUntil: "load" });
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator("script, img").count()).toBe(0);
    const cells = await page.locator(".members td.id").allInnerTexts();
    expect(cells.sort()).toEqual([...hostile].sort());
    expect(requests).toEqual([]);
    await page.context().close();
  });
});
