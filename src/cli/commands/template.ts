import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import pool from "../../../examples/pool.json" with { type: "json" };
import type { ComposeInput } from "../../index.js";
import { EXIT } from "../environment.js";
import type { Locale } from "../messages.js";
import type { SheetKind } from "../sheets/columns.js";
import { sheetRows, toCsv } from "../sheets/writeSheet.js";
import type { CommandContext } from "./context.js";

export interface TemplateCommandOptions {
  out?: string;
}

/** The template files by kind of sheet and language (existing groups are not named groups.csv, which compose writes). */
export const TEMPLATE_FILES: Readonly<Record<Locale, Readonly<Record<SheetKind, string>>>> = {
  en: { people: "people.csv", venues: "venues.csv", starters: "starters.csv", groups: "existing-groups.csv", distances: "distances.csv" },
  nb: { people: "personer.csv", venues: "steder.csv", starters: "igangsettere.csv", groups: "eksisterende-grupper.csv", distances: "avstander.csv" },
};

/**
 * The example people: one group the example pool composes (parents of young adults with an
 * addiction, with a couple who join together) and two who wait for different reasons (16 years
 * old; free only on Saturday mornings), so composing the untouched template shows both.
 */
export const EXAMPLE_PEOPLE = ["c079", "c049", "c063", "c078", "c053", "c052", "c043", "c084"];

/**
 * `sammen template`: example spreadsheets with every column, headed in the chosen language, with
 * a few rows from the built-in example pool (the people above, every venue and starter).
 * Existing groups and distances come with their headers only: the example pool has none. Never
 * overwrites a file.
 */
export function templateCommand(options: TemplateCommandOptions, context: CommandContext): number {
  const { environment, messages, locale, usageError } = context;
  const outDir = resolve(environment.cwd, options.out ?? ".");
  const names = TEMPLATE_FILES[locale];
  const example = pool as unknown as ComposeInput;
  const records: Record<SheetKind, readonly object[]> = {
    people: example.candidates.filter((c) => EXAMPLE_PEOPLE.includes(c.id)),
    venues: example.venues ?? [],
    starters: example.starters ?? [],
    groups: [],
    distances: [],
  };
  const kinds = Object.keys(names) as SheetKind[];
  const taken = kinds.find((kind) => existsSync(resolve(outDir, names[kind])));
  if (taken !== undefined) return usageError(messages.usage.templateExists(names[taken]));
  mkdirSync(outDir, { recursive: true });
  for (const kind of kinds) writeFileSync(resolve(outDir, names[kind]), toCsv(sheetRows(kind, records[kind], locale), locale));
  environment.stdout.write(`${messages.templateWritten(options.out ?? ".", kinds.map((kind) => names[kind]))}\n`);
  return EXIT.ok;
}
