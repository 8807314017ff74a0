/**
 * Reading MDGPLIB instances and best-known values from ../shared/bench/mdgp/ (Node only:
 * benchmark and test helper, never part of the library).
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { MdgpInstance } from "../src/mdgp/solveMdgp.js";

/** Folder holding the instance files and best_known.tsv (the full set, for benchmarks). */
export const MDGP_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "bench", "mdgp");

/** The instances the tests read, copied into the repository so a clone needs no `../shared`. */
export const MDGP_TEST_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "mdgp");

/** One instance file as read: the solver's input plus the raw pair list for validation. */
export interface MdgpFile {
  name: string;
  instance: MdgpInstance;
  /** Raw pairs from the file: pairI[k] < pairJ[k], pairD[k]. */
  pairI: Int32Array;
  pairJ: Int32Array;
  pairD: Float64Array;
}

/** Best-known row of best_known.tsv. */
export interface BestKnown {
  bestKnown: number;
  status: string;
  /** TPSDP 20-run average, when published. */
  refAvg: number | undefined;
}

/** Instance names (without .txt) in the folder, sorted. */
export function listMdgpInstances(dir = MDGP_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** n parsed from an instance name such as `RanReal_n240_ss_01`. */
export function sizeOfName(name: string): number {
  const match = /_n(\d+)_/.exec(name);
  return match ? Number(match[1]) : Number.NaN;
}

/** Parses `<name>.txt`: header `n m ss|ds a_1 b_1 ... a_m b_m`, then lines `i j d_ij`. */
export function readMdgpFile(name: string, dir = MDGP_DIR): MdgpFile {
  const text = readFileSync(join(dir, `${name}.txt`), "utf8");
  const lines = text.split(/\r?\n/);
  const head = (lines[0] ?? "").trim().split(/\s+/);
  const n = Number(head[0]);
  const m = Number(head[1]);
  const lower = new Int32Array(m);
  const upper = new Int32Array(m);
  for (let g = 0; g < m; g++) {
    lower[g] = Number(head[3 + 2 * g]);
    upper[g] = Number(head[4 + 2 * g]);
  }
  const pairs = (n * (n - 1)) / 2;
  const pairI = new Int32Array(pairs);
  const pairJ = new Int32Array(pairs);
  const pairD = new Float64Array(pairs);
  const d = new Float64Array(n * n);
  let k = 0;
  for (let l = 1; l < lines.length; l++) {
    const line = lines[l]!.trim();
    if (line === "") continue;
    const parts = line.split(/\s+/);
    const i = Number(parts[0]);
    const j = Number(parts[1]);
    const v = Number(parts[2]);
    if (k >= pairs) throw new Error(`${name}: more than n(n-1)/2 pair lines`);
    pairI[k] = i;
    pairJ[k] = j;
    pairD[k] = v;
    k++;
    d[i * n + j] = v;
    d[j * n + i] = v;
  }
  if (k !== pairs) throw new Error(`${name}: expected ${pairs} pair lines, read ${k}`);
  return { name, instance: { n, d, lower, upper }, pairI, pairJ, pairD };
}

/** best_known.tsv as a map from instance name. */
export function readBestKnown(dir = MDGP_DIR): Map<string, BestKnown> {
  const text = readFileSync(join(dir, "best_known.tsv"), "utf8");
  const rows = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = rows[0]!.split("\t");
  const col = (key: string): number => header.indexOf(key);
  const out = new Map<string, BestKnown>();
  for (const row of rows.slice(1)) {
    const cells = row.split("\t");
    const ref = cells[col("ref_avg")];
    out.set(cells[col("instance")]!, {
      bestKnown: Number(cells[col("best_known")]),
      status: cells[col("status")] ?? "",
      refAvg: ref !== undefined && ref.trim() !== "" ? Number(ref) : undefined,
    });
  }
  return out;
}

/**
 * Independent check of an answer against the raw file (shares no code with the solver):
 * every item in a valid group, sizes within bounds, objective from the raw pair list.
 * @returns the recomputed objective, or throws with the reason.
 */
export function validateMdgpAnswer(file: MdgpFile, groupOf: Int32Array, claimed: number): number {
  const { n, lower, upper } = file.instance;
  const m = lower.length;
  if (groupOf.length !== n) throw new Error(`${file.name}: answer has ${groupOf.length} items, expected ${n}`);
  const counts = new Array<number>(m).fill(0);
  for (let i = 0; i < n; i++) {
    const g = groupOf[i]!;
    if (!Number.isInteger(g) || g < 0 || g >= m) throw new Error(`${file.name}: item ${i} in group ${g}`);
    counts[g]!++;
  }
  counts.forEach((c, g) => {
    if (c < lower[g]! || c > upper[g]!) throw new Error(`${file.name}: group ${g} has ${c}, bounds [${lower[g]}, ${upper[g]}]`);
  });
  let total = 0;
  for (let k = 0; k < file.pairD.length; k++) {
    if (groupOf[file.pairI[k]!] === groupOf[file.pairJ[k]!]) total += file.pairD[k]!;
  }
  if (Math.abs(total - claimed) > 1e-6 * Math.max(1, Math.abs(total))) {
    throw new Error(`${file.name}: solver claims ${claimed}, raw pairs give ${total}`);
  }
  return total;
}
