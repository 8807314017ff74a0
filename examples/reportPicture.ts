/**
 * `npm run docs:report`: renders the report of the built-in example pool (seed 7, bounded by work,
 * so the picture is the same each time) and writes the first screen, 1000 pixels wide, to
 * docs/report.png for the README. Uses the test suite's headless Chromium (the system's browser).
 */
import { readFileSync } from "node:fs";
import { compose, type ComposeInput } from "../src/index.js";
import { renderReport } from "../src/report/index.js";
import { launchChromium, sealedPage } from "../test/browser/chromium.js";

const input = JSON.parse(readFileSync(new URL("./pool.json", import.meta.url), "utf8")) as ComposeInput;
const result = compose(input, { seed: 7, maxIterations: 5_000, method: "search", timeLimitMs: 60_000 });
const browser = await launchChromium();
try {
  const { page, requests } = await sealedPage(browser, { viewport: { width: 1000, height: 1150 } });
  await page.setContent(renderReport(input, result), { waitUntil: "load" });
  const path = new URL("../docs/report.png", import.meta.url).pathname;
  await page.screenshot({ path });
  if (requests.length > 0) throw new Error(`the report requested ${requests.length} resource(s)`);
  console.log(`wrote ${path}`);
} finally {
  await browser.close();
}
