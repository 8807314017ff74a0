/**
 * The commands around compose: exit codes, language, help, template, check and explain.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ComposeResult } from "../../src/index.js";
import { chooseLocale } from "../../src/cli/messages.js";
import { SHEET_COLUMNS } from "../../src/cli/sheets/columns.js";
import { parseNumber, slotLabel, problemLabel } from "../../src/cli/sheets/values.js";
import { decodeText } from "../../src/cli/sheets/decode.js";
import { detectDelimiter } from "../../src/cli/sheets/readCsv.js";
import { ROOT, sammen, tempDir } from "./runInProcess.js";

const POOL = join(ROOT, "examples", "pool.json");

describe("exit codes", () => {
  it("2 for an unknown command, an unknown option, a bad --seed or --time-limit, and no input", async () => {
    expect((await sammen(["frobnicate"])).code).toBe(2);
    expect((await sammen(["compose", "--input", POOL, "--colour"])).code).toBe(2);
    expect((await sammen(["compose", "--input", POOL, "--seed", "-1"])).code).toBe(2);
    expect((await sammen(["compose", "--input", POOL, "--time-limit", "0"])).code).toBe(2);
    expect((await sammen(["compose"])).code).toBe(2);
    expect((await sammen(["compose", "people.csv", "--input", POOL])).code).toBe(2);
    expect((await sammen(["compose", "--input", POOL, "--locale", "de"])).code).toBe(2);
  });

  it("0 for help and version; the help documents the exit codes", async () => {
    const help = await sammen(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Exit codes:");
    expect(help.stdout).toMatch(/2 +usage/);
    expect((await sammen(["--version"])).stdout.trim()).toBe("0.0.0-test");
  });

  it("compose refuses to write its files over an input file", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "groups.csv"), "id,members\n");
    const run = await sammen(["compose", "--input", POOL], { cwd });
    expect(run.code).toBe(0);
    const clash = await sammen(["compose", join(ROOT, "examples/spreadsheets/en/people.csv"), "--groups", "groups.csv"], { cwd });
    expect(clash.code).toBe(2);
  });
});

describe("language", () => {
  it("Norwegian when LANG, LC_MESSAGES or LC_ALL starts with nb, no or nn (LC_ALL first), else English; --locale decides", () => {
    expect(chooseLocale(undefined, { LANG: "nb_NO.UTF-8" })).toBe("nb");
    expect(chooseLocale(undefined, { LANG: "nn_NO.UTF-8" })).toBe("nb");
    expect(chooseLocale(undefined, { LANG: "no_NO" })).toBe("nb");
    expect(chooseLocale(undefined, { LANG: "nb_NO.UTF-8", LC_ALL: "en_GB.UTF-8" })).toBe("en");
    expect(chooseLocale(undefined, { LANG: "en_US.UTF-8" })).toBe("en");
    expect(chooseLocale(undefined, { LANG: "nl_NL" })).toBe("en");
    expect(chooseLocale("nb", { LANG: "en_US" })).toBe("nb");
    expect(chooseLocale("sv", {})).toBeNull();
  });

  it("help, summary and waitlist headers in bokmål", async () => {
    const help = await sammen(["compose", "--help"], { env: { LANG: "nb_NO.UTF-8" } });
    expect(help.stdout).toContain("Bruk:");
    expect(help.stdout).toContain("Avslutningskoder:");
    const out = tempDir();
    const run = await sammen(["compose", "--input", POOL, "--out", out, "--max-iterations", "2000", "--locale", "nb"]);
    expect(run.stdout).toMatch(/\d+ av 93 fikk plass i \d+ grupper; \d+ på venteliste/);
    expect(readFileSync(join(out, "waitlist.csv"), "utf8")).toMatch(/^\uFEFFid;årsaker;forklaring;forslag/);
  });
});

describe("cells", () => {
  it("numbers with a decimal comma or point, and never one that is ambiguous", () => {
    expect(parseNumber("60,39")).toBe(60.39);
    expect(parseNumber(" 60.39 ")).toBe(60.39);
    expect(parseNumber("1 000")).toBe(1000);
    expect(parseNumber("1.000,5")).toBeNull();
    expect(parseNumber("52 years")).toBeNull();
  });

  it("Norwegian slots and problem areas become the library's labels", () => {
    expect(slotLabel("Tirsdag kveld")).toBe("tue-evening");
    expect(slotLabel("tirsdagskveld")).toBe("tue-evening");
    expect(slotLabel("ons formiddag")).toBe("wed-morning");
    expect(slotLabel("Thursday evening")).toBe("thu-evening");
    expect(slotLabel("etter jobb")).toBe("etter-jobb");
    expect(problemLabel("Brystkreft")).toBe("breast-cancer");
    expect(problemLabel("hjerneslag")).toBe("stroke");
    expect(problemLabel("long covid")).toBe("long-covid");
  });

  it("encodings: UTF-8 with and without BOM, UTF-16 with BOM, Windows-1252 when the bytes are not UTF-8", () => {
    const utf8 = new TextEncoder().encode("kjønn;Askøy");
    expect(decodeText(utf8)).toEqual({ text: "kjønn;Askøy", encoding: "utf-8" });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])).text).toBe("kjønn;Askøy");
    expect(decodeText(Uint8Array.from([0x6b, 0x6a, 0xf8, 0x6e, 0x6e]))).toEqual({ text: "kjønn", encoding: "windows-1252" });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x6b, 0x00, 0xf8, 0x00])).text).toBe("kø");
  });

  it("the delimiter is the one under which the header names the most columns, whatever the decimal commas", () => {
    expect(detectDelimiter("id;alder;breddegrad\nc1;52;60,39\n", "people")).toBe(";");
    expect(detectDelimiter("id,age,lat\nc1,52,60.39\n", "people")).toBe(",");
    expect(detectDelimiter("id\tage\tlat\nc1\t52\t60,39\n", "people")).toBe("\t");
  });
});

describe("template, check and explain", () => {
  it("template writes every column in the chosen language; composing it untouched gives a group and a waitlist; it never overwrites", async () => {
    const cwd = tempDir();
    expect((await sammen(["template", "--locale", "nb"], { cwd })).code).toBe(0);
    expect(readdirSync(cwd).sort()).toEqual(["avstander.csv", "eksisterende-grupper.csv", "igangsettere.csv", "personer.csv", "steder.csv"]);
    expect(readFileSync(join(cwd, "personer.csv"), "utf8").split("\n")[0]).toBe(
      "\uFEFFid;alder;kjønn;problemområde;rolle;relasjon;pasienten bor;hendelse;kommune;breddegrad;lengdegrad;maks reisevei km;kan møte;behov;forventning;kjenner;sammen med;venter siden",
    );
    const run = await sammen(["compose", "personer.csv", "--venues", "steder.csv", "--starters", "igangsettere.csv", "--groups", "eksisterende-grupper.csv", "--distances", "avstander.csv", "--locale", "en"], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Placed 6 of 8 in 1 group; 2 on the waitlist");
    expect((await sammen(["template", "--locale", "nb"], { cwd })).code).toBe(2);
  });

  it("check prints every broken rule and exits 1; explain says why someone waits, or where they meet", async () => {
    const cwd = tempDir();
    await sammen(["compose", "--input", POOL, "--max-iterations", "2000", "--locale", "en"], { cwd });
    expect((await sammen(["check", "--input", POOL, "--locale", "en"], { cwd })).code).toBe(0);
    const result = JSON.parse(readFileSync(join(cwd, "result.json"), "utf8")) as ComposeResult;
    const waiting = result.waitlist[0]!;
    const placed = result.groups[0]!;
    const explained = await sammen(["explain", waiting.candidateId, "--locale", "en"], { cwd });
    expect(explained.stdout).toContain(`${waiting.candidateId} is on the waitlist`);
    expect(explained.stdout).toContain(waiting.reasons[0]!.code);
    const where = await sammen(["explain", placed.members[0]!, "--locale", "en"], { cwd });
    expect(where.stdout).toContain(`is in group ${placed.id}`);
    expect((await sammen(["explain", "nobody", "--locale", "en"], { cwd })).code).toBe(1);

    // Move a waiting person into a full group: the checker must object.
    const tampered = { ...result, groups: result.groups.map((g, i) => (i === 0 ? { ...g, members: [...g.members, waiting.candidateId] } : g)) };
    writeFileSync(join(cwd, "tampered.json"), JSON.stringify(tampered));
    const verdict = await sammen(["check", "--input", POOL, "--result", "tampered.json", "--locale", "en"], { cwd });
    expect(verdict.code).toBe(1);
    expect(verdict.stdout).toMatch(/broken rules?:/);
    expect(verdict.stdout).toContain(`[${placed.id}]`);
  });
});

describe("docs/spreadsheets.md", () => {
  it("documents every column sammen reads, with its field, headers and other spellings", () => {
    const doc = readFileSync(join(ROOT, "docs", "spreadsheets.md"), "utf8");
    for (const columns of Object.values(SHEET_COLUMNS)) {
      for (const column of columns) {
        expect(doc).toContain(`| \`${column.path.join(".")}\` | ${column.en} | ${column.nb} | ${(column.aliases ?? []).join(", ")} |`);
      }
    }
  });
});
