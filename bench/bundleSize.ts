/**
 * `npm run bench:size`: what the browser bundle weighs, minified and gzipped (esbuild, which tsup
 * brings), for what an app imports: `compose`, the two sides of `composeAsync`, and `renderReport`;
 * beside each, the same bundle built from the sources of an earlier commit (`--before`, default
 * the main of issue 19's cut), and what the bundle holds, part by part. Writes the "bundle size"
 * section of BENCHMARKS.md.
 *
 *   npx tsx bench/bundleSize.ts [--before <commit>] [--no-write]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { machine, sectionMarkers, writeSection } from "./benchmarksFile.js";
import { commandLine } from "./flags.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const MARKERS = sectionMarkers("bundleSize", "## bundle size", "bench/bundleSize.ts");

/** The commit before the cut: zod imported as `{ z }` from classic zod. */
const DEFAULT_BEFORE = "7c978a4";

/** What an app imports; `since` marks an entry the earlier commit may not have (measured as "—" there). */
const entries: { name: string; contents: string; since?: string }[] = [
  { name: '`import { compose } from "sammen"`', contents: `export { compose } from "./src/index.ts";` },
  { name: '`import { compose } from "sammen/lean"`', contents: `export { compose } from "./src/lean.ts";`, since: "src/lean.ts" },
  { name: '`import { composeAsync } from "sammen/worker"` (the page)', contents: `export { composeAsync } from "./src/worker/browser.ts";` },
  { name: "the worker script it starts (`browserWorker`)", contents: `import "./src/worker/browserWorker.ts";` },
  { name: '`import { renderReport } from "sammen/report"`', contents: `export { renderReport } from "./src/report/index.ts";` },
];

interface Measured {
  min: number;
  gzip: number;
  /** Minified bytes by part: `zod`, `javascript-lp-solver`, `src/<folder>`. */
  parts: Map<string, number>;
}

/** The part of the bundle an input file belongs to. */
function partOf(path: string): string {
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (npm) return npm[1]!;
  const src = /(?:^|\/)src\/([^/]+)\//.exec(path);
  return src ? `src/${src[1]}` : "other";
}

async function measure(contents: string, resolveDir: string): Promise<Measured> {
  const out = await build({
    stdin: { contents, resolveDir, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    external: ["highs"],
    // An earlier commit's sources are unpacked outside the checkout: they resolve packages here.
    nodePaths: [join(ROOT, "node_modules")],
    logLevel: "error",
  });
  const code = out.outputFiles[0]!.contents;
  const parts = new Map<string, number>();
  const metafile: Metafile = out.metafile;
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) parts.set(partOf(path), (parts.get(partOf(path)) ?? 0) + input.bytesInOutput);
  }
  return { min: code.length, gzip: gzipSync(code).length, parts };
}

/** The sources (and package.json, whose `sideEffects` tree shaking reads) of `commit`, unpacked in a temporary folder. */
function unpack(commit: string): string {
  const dir = mkdtempSync(join(tmpdir(), "sammen-bundle-"));
  const archive = execFileSync("git", ["archive", commit, "src", "package.json"], { cwd: ROOT, maxBuffer: 1 << 28 });
  execFileSync("tar", ["-x", "-C", dir], { input: archive });
  return dir;
}

const kb = (bytes: number): string => `${Math.round(bytes / 1024)} KB`;

const line = commandLine(process.argv.slice(2));
const before = line.flag("before") ?? DEFAULT_BEFORE;
const beforeDir = unpack(before);
const rows: string[] = [];
const holdings: string[] = [];
try {
  for (const { name, contents, since } of entries) {
    const then = since !== undefined && !existsSync(join(beforeDir, since)) ? null : await measure(contents, beforeDir);
    const now = await measure(contents, ROOT);
    const zod = (m: Measured): string => kb(m.parts.get("zod") ?? 0);
    const figures = (m: Measured | null): string => (m === null ? "—" : `${kb(m.min)} / ${kb(m.gzip)} (zod ${zod(m)})`);
    rows.push(`| ${name} | ${figures(then)} | ${figures(now)} |`);
    console.log(`${name}: before ${figures(then)}; now ${figures(now)} (min / gzip)`);
    const parts = [...now.parts].filter(([, bytes]) => bytes >= 512).sort((a, b) => b[1] - a[1]);
    holdings.push(`- ${name}: ${parts.map(([part, bytes]) => `${part} ${kb(bytes)}`).join(", ")}`);
  }
} finally {
  rmSync(beforeDir, { recursive: true, force: true });
}
console.log(holdings.join("\n"));

const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
const dirty = execFileSync("git", ["status", "--porcelain", "src"], { cwd: ROOT, encoding: "utf8" }).trim() !== "";
const body = [
  `Date: ${new Date().toISOString().slice(0, 10)}. Machine: ${machine()}. Command: \`npx tsx bench/bundleSize.ts${before === DEFAULT_BEFORE ? "" : ` --before ${before}`}\`.`,
  "",
  `esbuild, \`bundle, minify, format esm, platform browser, target es2022\`, \`highs\` external; gzip at Node's default level. Before: the sources of ${before}; now: ${head}${dirty ? " with uncommitted changes in src/" : ""}.`,
  "",
  "| what the app imports | before: min / gzip | now: min / gzip |",
  "|---|---|---|",
  ...rows,
  "",
  "What each bundle holds now (minified bytes by package and by folder of src/; parts under 0.5 KB left out):",
  "",
  ...holdings,
].join("\n");
if (!process.argv.includes("--no-write")) console.log(`wrote ${writeSection(MARKERS, body)}`);
