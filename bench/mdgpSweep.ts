/** Dev helper: compare tuning variants (npx tsx bench/mdgpSweep.ts SECONDS SEEDS 'k=v,k=v' 'k=v' ...). */
import { solveMdgp } from "../src/mdgp/solveMdgp.js";
import type { MdgpTuning } from "../src/mdgp/solveMdgp.js";
import { readBestKnown, readMdgpFile } from "./mdgpInstances.js";
const [secs, seeds, ...variants] = process.argv.slice(2);
const names = (process.env.MDGP_SWEEP ?? "RanInt_n240_ds_01,RanInt_n240_ss_01,RanReal_n240_ds_01,RanReal_n240_ss_01").split(",");
const files = names.map((nm) => readMdgpFile(nm));
const bk = readBestKnown();
for (const v of variants) {
  const tuning: Partial<MdgpTuning> = {};
  for (const kv of v.split(",").filter((s) => s)) {
    const [k, x] = kv.split("=");
    (tuning as Record<string, number>)[k!] = Number(x);
  }
  const gaps: string[] = [];
  let total = 0;
  for (const f of files) {
    let g = 0;
    for (let s = 1; s <= Number(seeds); s++) {
      const r = solveMdgp(f.instance, { seed: s, timeLimitMs: Number(secs) * 1000, tuning });
      g += (100 * (bk.get(f.name)!.bestKnown - r.objective)) / bk.get(f.name)!.bestKnown / Number(seeds);
    }
    gaps.push(g.toFixed(3));
    total += g / files.length;
  }
  console.log(`${v.padEnd(40)} mean ${total.toFixed(3)}  ${gaps.join(" ")}`);
}
