/**
 * The library as a browser app would load it: esbuild bundles the page harness (with the library
 * sources) and the Web Worker entry, and a localhost server hands them out, nothing else. Under
 * `/isolated/` the responses carry COOP `same-origin` and COEP `require-corp`, so the page is
 * cross-origin isolated and has SharedArrayBuffer; under `/plain/` they do not. The page imports
 * `highs` as an app would (through the bundler), and the server hands out `highs.wasm` under a
 * content-hashed name, as a bundler emits an asset, so it is found only through `locateFile`.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./chromium.js";
import type { SammenTest } from "./page/harness.js";

const ROOT = new URL("../../", import.meta.url).pathname;

/**
 * Bundles one entry for the browser, as an app's bundler would. `node:*` stays out: HiGHS's
 * loader imports `node:module` only when it runs in Node (Vite leaves such imports out itself).
 */
async function bundle(entry: string): Promise<string> {
  const out = await build({ entryPoints: [entry], absWorkingDir: ROOT, bundle: true, format: "esm", platform: "browser", target: "es2022", write: false, external: ["node:*"], logLevel: "error" });
  return out.outputFiles[0]!.text;
}

const PAGE = `<!doctype html><meta charset="utf-8"><title>sammen</title><script type="module" src="harness.js"></script>`;

/** The package's own export of its WebAssembly, `highs/runtime`, as an app's asset pipeline takes it. */
const HIGHS_WASM = readFileSync(createRequire(import.meta.url).resolve("highs/runtime"));

/** `highs.wasm`'s name on the server, hashed as a bundler names an asset: `highs.<8 hex>.wasm`. */
export const HIGHS_WASM_NAME = `highs.${createHash("sha256").update(HIGHS_WASM).digest("hex").slice(0, 8)}.wasm`;

export interface LibraryServer {
  /** `http://127.0.0.1:port/` */
  origin: string;
  close(): Promise<void>;
}

/** Builds the two bundles and serves them on a free localhost port. */
export async function serveLibrary(): Promise<LibraryServer> {
  const files: Record<string, { type: string; body: string | Uint8Array }> = {
    "index.html": { type: "text/html", body: PAGE },
    "harness.js": { type: "text/javascript", body: await bundle("test/browser/page/harness.ts") },
    "browserWorker.js": { type: "text/javascript", body: await bundle("src/worker/browserWorker.ts") },
    [HIGHS_WASM_NAME]: { type: "application/wasm", body: HIGHS_WASM },
  };
  const server: Server = createServer((request, response) => {
    const match = /^\/(isolated|plain)\/([\w.]*)$/.exec(request.url ?? "");
    const file = match === null ? undefined : files[match[2] === "" ? "index.html" : match[2]!];
    if (match === null || file === undefined) {
      response.writeHead(404).end();
      return;
    }
    const isolation = match[1] === "isolated" ? { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" } : {};
    const type = typeof file.body === "string" ? `${file.type}; charset=utf-8` : file.type;
    response.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store", ...isolation }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A page on the server with the harness loaded; any request to another origin is refused and recorded. */
export async function openLibraryPage(browser: Browser, server: LibraryServer, isolated: boolean): Promise<{ page: Page; outside: string[] }> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const outside: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin)) return route.continue();
    outside.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  await page.goto(`${server.origin}${isolated ? "isolated" : "plain"}/`);
  await page.waitForFunction(() => "sammenTest" in globalThis);
  return { page, outside };
}

/** The harness's calls, typed, on the page's window. */
export type { SammenTest };

/** Chromium and the library's server for the tests of one file, set once their hooks have run. */
export interface BrowserSession {
  browser: Browser;
  server: LibraryServer;
}

/** Starts Chromium and the library's server before the file's tests and closes both after them (call inside `describe`). */
export function chromiumWithLibrary(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    [session.browser, session.server] = await Promise.all([launchChromium(), serveLibrary()]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
