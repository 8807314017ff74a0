/**
 * Headless Chromium for tests, driven by playwright-core with the system's browser: nothing is
 * downloaded. The executable is taken from CHROMIUM_PATH, else the Debian and Ubuntu paths;
 * `.ci/run` installs Debian's `chromium` package when none is found.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page, type Request } from "playwright-core";

/** Where a Chromium may be, in the order tried. */
export const CHROMIUM_CANDIDATES: readonly string[] = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** The Chromium to run: CHROMIUM_PATH when set (it must exist), else the first candidate found, else null. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env["CHROMIUM_PATH"];
  if (chosen !== undefined && chosen !== "") {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH is set to ${chosen}, which does not exist`);
    return chosen;
  }
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * Starts headless Chromium. `--no-sandbox`: CI runs as root, where Chromium's sandbox refuses to
 * start. Fails with the paths it tried when there is no Chromium, so a missing install is named.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (executablePath === null) {
    throw new Error(`no Chromium found (tried CHROMIUM_PATH, ${CHROMIUM_CANDIDATES.join(", ")}); install Debian's chromium package or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
}

/** A page that lets no request through and lists every one it saw. */
export interface SealedPage {
  page: Page;
  /** Every request the page tried to make (URLs), all of them refused. */
  requests: string[];
}

/**
 * A fresh page in its own context, with every request routed to a refusal and recorded: a page
 * shown with `setContent` makes no request of its own, so any entry here is something it tried
 * to load. JavaScript is off unless asked for (a test that proves no script runs turns it on).
 */
export async function sealedPage(browser: Browser, options: { viewport?: { width: number; height: number }; javaScript?: boolean } = {}): Promise<SealedPage> {
  const viewport = options.viewport ?? { width: 1000, height: 1400 };
  const context = await browser.newContext({ viewport, javaScriptEnabled: options.javaScript === true, offline: true, serviceWorkers: "block" });
  const requests: string[] = [];
  const page = await context.newPage();
  page.on("request", (request: Request) => requests.push(request.url()));
  await context.route("**/*", (route) => route.abort("blockedbyclient"));
  return { page, requests };
}
