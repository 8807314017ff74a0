/**
 * `npx tsx examples/makeSpreadsheets.ts`: writes the example pool (`pool.json`) as the
 * spreadsheets a coordinator would hold, in the forms they come in:
 *
 * - `examples/spreadsheets/en/`: English headers and values, commas, UTF-8 without a byte-order mark;
 * - `examples/spreadsheets/nb/`: Norwegian headers and values, semicolons, decimal commas,
 *   dd.mm.yyyy dates, UTF-8 with a byte-order mark (what Excel's "CSV UTF-8" writes in Norway);
 * - `test/fixtures/cli/windows-1252/`: the Norwegian sheets in Windows-1252 (Excel's plain "CSV"
 *   on Windows), so æ, ø and å are single bytes that are not UTF-8;
 * - `test/fixtures/cli/xlsx/`: the English sheets as .xlsx workbooks.
 *
 * The example's policy (people travel at most 25 km unless they say otherwise) goes beside them as
 * `examples/spreadsheets/policy.json`: a policy is rules, not a list, so it stays JSON.
 *
 * The command-line tests compose each and compare the groups with the library's on pool.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import writeXlsxFile from "write-excel-file/node";
import type { ComposeInput } from "../src/index.js";
import type { SheetKind } from "../src/cli/sheets/columns.js";
import { sheetRows, toCsv } from "../src/cli/sheets/writeSheet.js";
import { TEMPLATE_FILES } from "../src/cli/commands/template.js";

const pool = JSON.parse(readFileSync(new URL("./pool.json", import.meta.url), "utf8")) as ComposeInput;
const sheets: [SheetKind, readonly object[]][] = [
  ["people", pool.candidates],
  ["venues", pool.venues ?? []],
  ["starters", pool.starters ?? []],
];

function write(folder: string, file: string, content: string | Uint8Array): void {
  const dir = new URL(`../${folder}/`, import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL(file, dir), content);
}

/** Windows-1252 bytes of a text that holds only Latin-1 letters (as the example pool does). */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.codePointAt(0)!;
    if (code > 0xff) throw new Error(`U+${code.toString(16)} is not in Windows-1252's Latin-1 range`);
    return code;
  });
}

write("examples/spreadsheets", "policy.json", `${JSON.stringify(pool.policy ?? {}, null, 2)}\n`);
for (const [kind, records] of sheets) {
  write("examples/spreadsheets/en", TEMPLATE_FILES.en[kind], toCsv(sheetRows(kind, records, "en"), "en", { bom: false }));
  write("examples/spreadsheets/nb", TEMPLATE_FILES.nb[kind], toCsv(sheetRows(kind, records, "nb"), "nb"));
  write("test/fixtures/cli/windows-1252", TEMPLATE_FILES.nb[kind], windows1252(toCsv(sheetRows(kind, records, "nb"), "nb", { bom: false })));
  const rows = sheetRows(kind, records, "en").map((row, r) => row.map((cell) => (r > 0 && cell !== "" && /^-?\d+(\.\d+)?$/.test(cell) ? { value: Number(cell) } : { value: cell })));
  write("test/fixtures/cli/xlsx", TEMPLATE_FILES.en[kind].replace(/\.csv$/, ".xlsx"), await writeXlsxFile(rows).toBuffer());
}
