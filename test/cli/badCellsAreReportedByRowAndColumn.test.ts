/**
 * A spreadsheet with bad cells: every one is reported by file, row, column and code, none by its
 * content, and nothing is written. Each bad value is a marker that must appear nowhere in the output.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sammen, tempDir } from "./runInProcess.js";

const LONG_PLACE = `Secretplace${"x".repeat(240)}`;
const PEOPLE = [
  "id;alder;kjønn;problemområde;kommune;breddegrad;kan møte;kjenner;venter siden;navn",
  "p1;52;kvinne;angst;Bergen;60,39;tirsdag kveld;;01.03.2026;Kari Nordmann",
  "p2;fiftytwo-secret;kvinne;angst;Bergen;60,39;tirsdag kveld;;01.03.2026;Ola",
  "p3;47;secretgender;angst;Bergen;60,39;tirsdag kveld;;31/12/2025;Per",
  "p4;52,5;mann;angst;Bergen;60.3.9;tirsdag kveld;p404;01.03.2026;Pål",
  `p5;44;mann;angst;${LONG_PLACE};60,39;tirsdag kveld;;2026-03-01;Siri`,
].join("\n");
const MARKERS = ["fiftytwo-secret", "secretgender", "31/12/2025", "52,5", "60.3.9", "Secretplace", "Kari Nordmann", "Nordmann"];

describe("bad cells are reported by file, row and column, never by value, and nothing is written", () => {
  it("cells sammen cannot read, then the library's issues mapped back to their cells", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "personer.csv"), PEOPLE);
    const run = await sammen(["compose", "personer.csv", "--out", "out", "--locale", "en"], { cwd });
    expect(run.code).toBe(1);
    expect(readdirSync(cwd)).toEqual(["personer.csv"]);
    expect(run.stdout).toBe("");
    const lines = run.stderr.split("\n");
    const at = (text: string): string | undefined => lines.find((line) => line.includes(text));
    expect(at("personer.csv, row 3, column B (alder): not_a_number")).toBeDefined();
    expect(at("personer.csv, row 4, column C (kjønn): unknown_value")).toBeDefined();
    expect(at("personer.csv, row 4, column I (venter siden): not_a_date")).toBeDefined();
    expect(at("personer.csv, row 5, column F (breddegrad): not_a_number")).toBeDefined();
    // Sheet-level issues stop before the library runs: its own come once the cells read.
    expect(at("invalid_type")).toBeUndefined();
    expect(at("column J (navn) is not a column sammen knows")).toBeDefined();
    for (const marker of MARKERS) expect(run.stderr + run.stdout).not.toContain(marker);
  });

  it("the library's validation issues are placed on the row and column they came from", async () => {
    const cwd = tempDir();
    const readable = PEOPLE.replace("fiftytwo-secret", "52").replace("secretgender", "kvinne").replace("31/12/2025", "01.01.2026").replace("60.3.9", "60,39");
    writeFileSync(join(cwd, "personer.csv"), readable);
    const run = await sammen(["compose", "personer.csv", "--locale", "en"], { cwd });
    expect(run.code).toBe(1);
    expect(readdirSync(cwd)).toEqual(["personer.csv"]);
    const lines = run.stderr.split("\n");
    const at = (text: string): string | undefined => lines.find((line) => line.includes(text));
    expect(at("personer.csv, row 5, column B (alder): invalid_type")).toBeDefined();
    expect(at("personer.csv, row 5, column H (kjenner): unknown_candidate_ref")).toBeDefined();
    expect(at("personer.csv, row 6, column E (kommune): too_big")).toBeDefined();
    // Coordinates without a municipality would be the library's location issue; here every row has one.
    expect(at("location")).toBeUndefined();
    for (const marker of MARKERS) expect(run.stderr + run.stdout).not.toContain(marker);
  });

  it("a missing file, a file type sammen does not read and bad JSON are reported by file (and line)", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "pool.json"), '{"candidates": [ {"id": "secret-id-1", } ]}');
    writeFileSync(join(cwd, "people.ods"), "x");
    const json = await sammen(["compose", "--input", "pool.json"], { cwd });
    expect(json.code).toBe(1);
    expect(json.stderr).toContain("pool.json, row 1: invalid_json");
    expect(json.stderr).not.toContain("secret-id-1");
    const other = await sammen(["compose", "people.ods", "--venues", "nowhere.csv"], { cwd });
    expect(other.code).toBe(1);
    expect(other.stderr).toContain("people.ods: unsupported_file_type");
    expect(other.stderr).toContain("nowhere.csv: file_not_found");
    expect(readdirSync(cwd).sort()).toEqual(["people.ods", "pool.json"]);
  });
});
