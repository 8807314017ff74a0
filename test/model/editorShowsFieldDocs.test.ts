/**
 * What an app developer's editor shows on hover, read from the published declarations
 * (`dist/index.d.ts`) by the TypeScript language service, as VS Code does: a policy field, an
 * option, and fields of candidates, venues, starters and existing groups show their doc and
 * default, and no zod type; so do the parsed types (`parse`, `parseOptions`). The bundler that writes the `.d.ts` is what could lose them, so the
 * test reads its output: `dist/` when it is newer than every source (CI builds first), else a
 * declarations-only build of the main entry into a scratch folder (about 20 s).
 */
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsup";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DIST = join(ROOT, "dist");
// Inside node_modules so the declarations' own import of zod resolves.
const SCRATCH = join(ROOT, "node_modules", ".cache", `sammen-dts-${process.pid}`);

/** The newest modification time of any file under `dir`. */
function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const distIsFresh = (): boolean => existsSync(join(DIST, "index.d.ts")) && statSync(join(DIST, "index.d.ts")).mtimeMs >= newestUnder(join(ROOT, "src"));

/** A consumer's file: each `/*@name*\/` marks a field to hover. */
const CONSUMER = `import { compose, parse, parseOptions, type ComposeInput } from "sammen";
const input: ComposeInput = {
  candidates: [{ id: "c1", /*@maxTravelKm*/maxTravelKm: 10 }],
  /*@policy*/policy: { groupSize: { /*@min*/min: 3 }, gender: { /*@singleGenderProblems*/singleGenderProblems: [] } },
  venues: [{ id: "v1", location: { municipality: "Bergen" }, /*@rooms*/rooms: 2 }],
  starters: [{ id: "s1", location: { municipality: "Bergen" }, /*@maxGroups*/maxGroups: 2 }],
  groups: [{ id: "g1", members: ["c1"], /*@closed*/closed: false }],
};
compose(input, { /*@timeLimitMs*/timeLimitMs: 100, /*@locale*/locale: "nb" });
// What parsing gives back: every default filled in, each field still documented.
export const parsedMin = parse(input).policy.groupSize./*@parsedMin*/min;
export const parsedTimeLimit = parseOptions({})./*@parsedTimeLimitMs*/timeLimitMs;
`;

interface Hover {
  display: string;
  documentation: string;
  defaultValue: string | undefined;
}

/** Hover text at each marked field of CONSUMER, with "sammen" resolved to `<dir>/index.d.ts`. */
function hovers(dir: string): Map<string, Hover> {
  const file = join(ROOT, "consumer.ts");
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    types: [],
    skipLibCheck: true,
    paths: { sammen: [join(dir, "index.d.ts")] },
  };
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const text = name === file ? CONSUMER : ts.sys.readFile(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => ROOT,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? CONSUMER : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory.bind(ts.sys),
    directoryExists: ts.sys.directoryExists.bind(ts.sys),
    getDirectories: ts.sys.getDirectories.bind(ts.sys),
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  const errors = service.getSemanticDiagnostics(file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  expect(errors, "the consumer compiles against the declarations").toEqual([]);
  const out = new Map<string, Hover>();
  for (const m of CONSUMER.matchAll(/\/\*@(\w+)\*\//g)) {
    const info = service.getQuickInfoAtPosition(file, m.index + m[0].length);
    const tag = info?.tags?.find((t) => t.name === "defaultValue");
    out.set(m[1]!, {
      display: ts.displayPartsToString(info?.displayParts),
      documentation: ts.displayPartsToString(info?.documentation),
      defaultValue: tag === undefined ? undefined : ts.displayPartsToString(tag.text),
    });
  }
  return out;
}

describe("an editor shows the docs and defaults of the published input types", () => {
  let dir = DIST;
  beforeAll(async () => {
    if (distIsFresh()) return;
    dir = SCRATCH;
    await build({ entry: { index: "src/index.ts" }, format: ["esm"], dts: { only: true }, outDir: SCRATCH, platform: "neutral", target: "es2022", silent: true, config: false });
  });
  afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

  it("hovering a field shows what it means and its default, as plain TypeScript", () => {
    const shown = hovers(dir);
    const expected: Record<string, [doc: RegExp, defaultValue: string | undefined]> = {
      min: [/fewest members a new group/, "`4`"],
      singleGenderProblems: [/one gender only/, '`["breast-cancer", "sexual-abuse"]`'],
      maxTravelKm: [/How far the person will travel/, "the policy's `travel.defaultMaxKm`"],
      rooms: [/How many groups can meet there/, "`1`"],
      maxGroups: [/How many groups the starter can start/, "`1`"],
      closed: [/takes nobody new/, "`true`"],
      timeLimitMs: [/time limit in ms/, "`2000`"],
      locale: [/language of every text/, '`"en"`'],
      policy: [/rules and weights/, undefined],
      parsedMin: [/fewest members a new group/, "`4`"],
      parsedTimeLimitMs: [/time limit in ms/, "`2000`"],
    };
    for (const [field, [doc, defaultValue]] of Object.entries(expected)) {
      const hover = shown.get(field);
      expect(hover?.documentation, field).toMatch(doc);
      expect(hover?.defaultValue, field).toBe(defaultValue);
      expect(hover?.display, field).not.toMatch(/Zod/);
    }
    expect(shown.get("min")?.display).toBe("(property) min?: number | undefined");
    expect(shown.get("policy")?.display).toBe("(property) policy?: PolicyInput | undefined");
    expect(shown.get("parsedMin")?.display).toBe("(property) min: number");
  });
});
