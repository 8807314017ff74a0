/** Dev helper: profile one instance run (npx tsx bench/mdgpProfile.ts NAME SECONDS). */
import { solveMdgp } from "../src/mdgp/solveMdgp.js";
import { readMdgpFile } from "./mdgpInstances.js";
const file = readMdgpFile(process.argv[2] ?? "RanReal_n240_ss_01");
const r = solveMdgp(file.instance, { seed: 1, timeLimitMs: Number(process.argv[3] ?? "3") * 1000 });
console.log(r.objective, r.iterations, Math.round(r.iterations / (r.elapsedMs / 1000)), "it/s");
