/**
 * The README cannot drift from the code: its TypeScript blocks, read top to bottom as one
 * program (imports merged), must compile under strict TypeScript as a consumer's code and run.
 * `"sammen"` is pointed at `src/index.ts`, `"sammen/lean"` at `src/lean.ts`, `"sammen/report"` at `src/report/index.ts`, and `"sammen/worker"` at the worker run from the
 * sources (`test/helpers/workerFromSources.ts`), so a clone needs no build for this test; the built
 * package's types are checked by `npm run check:package` (publint, arethetypeswrong).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
/** Where the package's entry points come from in this test: the sources, not a build. */
const ENTRIES: Record<string, string> = {
  sammen: join(ROOT, "src", "index.js"),
  // composeAsync with the real worker entry in a real worker thread, run from the sources.
  "sammen/worker": join(ROOT, "test", "helpers", "workerFromSources.js"),
  "sammen/report": join(ROOT, "src", "report", "index.js"),
  "sammen/lean": join(ROOT, "src", "lean.js"),
};

/** The bodies of the README's ```ts blocks, in order. */
function typeScriptBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

/** One module from the blocks: their imports merged per module (each name once), then their bodies. */
export function readmeProgram(blocks: readonly string[], entries: Record<string, string>): string {
  const imports = new Map<string, Set<string>>();
  const bodies: string[] = [];
  const importLine = /^import\s*\{([^}]*)\}\s*from\s*"([^"]+)";?[ \t]*$/gm;
  for (const block of blocks) {
    for (const m of block.matchAll(importLine)) {
      const names = imports.get(m[2]!) ?? new Set<string>();
      for (const name of m[1]!.split(",").map((n) => n.trim()).filter((n) => n !== "")) names.add(name);
      imports.set(m[2]!, names);
    }
    bodies.push(block.replace(importLine, ""));
  }
  const head = [...imports].map(([from, names]) => `import { ${[...names].join(", ")} } from ${JSON.stringify(entries[from] ?? from)};`);
  return [...head, ...bodies].join("\n");
}

/** Strict compile errors of one file, with the repository's compiler settings. */
function compileErrors(file: string): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    exactOptionalPropertyTypes: false,
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    noEmit: true,
    typeRoots: [join(ROOT, "node_modules", "@types")],
    types: ["node"],
  };
  const program = ts.createProgram([file], options);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}

describe("readmeExamplesRun", () => {
  const blocks = typeScriptBlocks(README);

  it("the README has TypeScript examples, and the first defines its input as a ComposeInput", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    expect(blocks[0]).toMatch(/const input: ComposeInput = /);
  });

  it("the README's TypeScript blocks compile under strict TypeScript and run", () => {
    const dir = mkdtempSync(join(tmpdir(), "sammen-readme-"));
    try {
      const file = join(dir, "readme.mts");
      writeFileSync(file, readmeProgram(blocks, ENTRIES));
      expect(compileErrors(file)).toEqual([]);
      const run = spawnSync(process.execPath, ["--import", "tsx", file], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("every relative link in the README points at a file that ships in the package", () => {
    const shipped: string[] = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { files: string[] }).files;
    const targets = [...README.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z]+:/i.test(t) && !t.startsWith("#"));
    for (const target of targets) {
      const path = target.split("#")[0]!;
      expect(shipped.some((f) => path === f || path.startsWith(`${f}/`)), `${target} is not in package.json "files"`).toBe(true);
    }
  });
});
