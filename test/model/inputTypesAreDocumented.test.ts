/**
 * Every field an app writes is documented, with the schema's default: the test walks the zod
 * schemas (the contract) and, beside them, the documented types of `src/model/inputTypes.ts` as
 * the TypeScript compiler reads them. A field without a doc, a default the doc does not state
 * (or states wrongly), or a literal `@defaultValue` the schema does not give fails it.
 * (`src/model/inputTypesAgree.ts` proves the types themselves equal at compile time.)
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { ComposeInputSchema, ComposeOptionsSchema } from "../../src/model/schemas.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const TYPES_FILE = join(ROOT, "src", "model", "inputTypes.ts");

/** What the walk reads of a zod schema's definition. */
interface Def {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  in?: z.core.$ZodType;
  defaultValue?: unknown;
}
const defOf = (schema: z.core.$ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A field's schema with its wrappers looked through: its default (if any) and the schema inside. */
function unwrap(schema: z.core.$ZodType): { hasDefault: boolean; defaultValue: unknown; core: z.core.$ZodType } {
  let node = schema;
  let found: { value: unknown } | null = null;
  for (;;) {
    const def = defOf(node);
    if ((def.type === "default" || def.type === "prefault") && found === null) found = { value: def.defaultValue };
    const next = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
    if (next === undefined) return { hasDefault: found !== null, defaultValue: found?.value, core: node };
    node = next;
  }
}

/** One documented field as the compiler sees it. */
interface FieldDoc {
  path: string;
  summary: string;
  defaultTag: string | undefined;
}

const program = ts.createProgram([TYPES_FILE], {
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  types: [],
  skipLibCheck: true,
  noEmit: true,
});
const checker = program.getTypeChecker();

function exportedType(name: string): ts.Type {
  const source = program.getSourceFile(TYPES_FILE);
  if (source === undefined) throw new Error(`cannot read ${TYPES_FILE}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  const symbol = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === name);
  if (symbol === undefined) throw new Error(`${name} is not exported by inputTypes.ts`);
  // A type kept in a file of its own (the policy) is re-exported: read the declaration behind it.
  return checker.getDeclaredTypeOfSymbol(symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
}

/**
 * Walks `schema` and `type` side by side and returns every field's doc; throws when the type's
 * fields are not the schema's (the compile-time check says so too, less readably).
 */
function fieldDocs(schema: z.core.$ZodType, type: ts.Type, path: string, out: FieldDoc[]): FieldDoc[] {
  const def = defOf(unwrap(schema).core);
  if (def.element !== undefined) {
    const nonNull = checker.getNonNullableType(type);
    const element = checker.isArrayType(nonNull) ? checker.getTypeArguments(nonNull as ts.TypeReference)[0] : undefined;
    if (element === undefined) throw new Error(`${path}: the schema has a list, the type does not`);
    return fieldDocs(def.element, element, `${path}[]`, out);
  }
  if (def.shape === undefined) return out;
  const objectType = checker.getNonNullableType(type);
  const typeFields = objectType.getProperties().map((p) => p.name).sort();
  expect(typeFields, `${path}: the type's fields are the schema's`).toEqual(Object.keys(def.shape).sort());
  for (const [name, field] of Object.entries(def.shape)) {
    const prop = objectType.getProperty(name)!;
    const fieldPath = path === "" ? name : `${path}.${name}`;
    const tag = prop.getJsDocTags(checker).find((t) => t.name === "defaultValue");
    out.push({
      path: fieldPath,
      summary: ts.displayPartsToString(prop.getDocumentationComment(checker)).trim(),
      defaultTag: tag === undefined ? undefined : ts.displayPartsToString(tag.text).trim(),
    });
    fieldDocs(field, checker.getTypeOfSymbol(prop), fieldPath, out);
  }
  return out;
}

/** The value a `@defaultValue` states, when it is a literal (in backticks or not); undefined for prose. */
function literalOf(tag: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(tag.replace(/^`(.*)`$/s, "$1")) as unknown };
  } catch {
    return undefined;
  }
}

/** What is wrong with one field's doc, given its schema; empty when nothing is. */
function docProblems(doc: FieldDoc, schema: z.core.$ZodType): string[] {
  const problems: string[] = [];
  if (doc.summary === "") problems.push(`${doc.path}: no doc`);
  const { hasDefault, defaultValue, core } = unwrap(schema);
  const stated = doc.defaultTag === undefined ? undefined : literalOf(doc.defaultTag);
  // An object defaulting to `{}` takes its fields' defaults, which their own docs state.
  const fromItsFields = hasDefault && defOf(core).shape !== undefined && JSON.stringify(defaultValue) === "{}";
  if (hasDefault && !fromItsFields) {
    if (doc.defaultTag === undefined) problems.push(`${doc.path}: default ${JSON.stringify(defaultValue)} not in the doc (@defaultValue)`);
    else if (stated === undefined || JSON.stringify(stated.value) !== JSON.stringify(defaultValue))
      problems.push(`${doc.path}: @defaultValue ${doc.defaultTag}, the schema's default is ${JSON.stringify(defaultValue)}`);
  }
  if (!hasDefault && stated !== undefined) problems.push(`${doc.path}: @defaultValue ${doc.defaultTag}, the schema gives no default`);
  return problems;
}

/** The field schema at a doc's path, found by the same walk. */
function schemaAt(root: z.core.$ZodType, path: string): z.core.$ZodType {
  let node = root;
  for (const part of path.split(".")) {
    for (const step of part.split("[]")) {
      if (step !== "") node = defOf(unwrap(node).core).shape![step]!;
      else node = defOf(unwrap(node).core).element!;
    }
  }
  return node;
}

function problemsOf(schema: z.core.$ZodType, typeName: string): { docs: FieldDoc[]; problems: string[] } {
  const docs = fieldDocs(schema, exportedType(typeName), "", []);
  return { docs, problems: docs.flatMap((doc) => docProblems(doc, schemaAt(schema, doc.path))) };
}

describe("every input field is documented with the schema's default", () => {
  it("ComposeInput: candidates, policy, venues, starters, existing groups and distances", () => {
    const { docs, problems } = problemsOf(ComposeInputSchema, "ComposeInput");
    expect(problems).toEqual([]);
    // The walk reached every part, nested policy fields included.
    expect(docs.map((d) => d.path)).toEqual(
      expect.arrayContaining(["candidates[].location.municipality", "policy.groupSize.min", "policy.weights.travelKm", "venues[].rooms", "starters[].maxGroups", "groups[].closed", "distances[].km"]),
    );
    expect(docs.find((d) => d.path === "policy.gender.singleGenderProblems")?.defaultTag).toBe('`["breast-cancer", "sexual-abuse"]`');
  });

  it("ComposeOptionsInput: every option", () => {
    const { docs, problems } = problemsOf(ComposeOptionsSchema, "ComposeOptionsInput");
    expect(problems).toEqual([]);
    expect(docs.map((d) => d.path).sort()).toEqual(Object.keys(ComposeOptionsSchema.shape).sort());
  });

  it("the rules catch a missing doc, a missing or wrong default, and a default the schema lacks", () => {
    const doc = (path: string, summary: string, defaultTag?: string): FieldDoc => ({ path, summary, defaultTag });
    const shape = ComposeOptionsSchema.shape;
    expect(docProblems(doc("seed", ""), shape.seed)).toEqual(["seed: no doc", "seed: default 1 not in the doc (@defaultValue)"]);
    expect(docProblems(doc("seed", "Seed.", "`2`"), shape.seed)).toEqual(["seed: @defaultValue `2`, the schema's default is 1"]);
    expect(docProblems(doc("maxIterations", "Bound.", "`100`"), shape.maxIterations)).toEqual(["maxIterations: @defaultValue `100`, the schema gives no default"]);
    expect(docProblems(doc("mipSolver", "Solver.", "the bundled solver"), shape.mipSolver)).toEqual([]);
  });
});
