import type { Mip } from "./mip.js";
import type { MipLimits, MipOutcome, MipSolver } from "./mipSolver.js";

/**
 * The part of a loaded `highs` runtime (npm package `highs` >= 1.15.3) this backend uses,
 * typed here so sammen's public types never depend on the optional package.
 */
export interface HighsRuntime {
  readonly infinity: number;
  readonly constants: { readonly objectiveSense: { readonly maximize: unknown } };
  createModel(source: unknown): HighsModel;
}

interface HighsModel {
  readonly options: { set(values: Readonly<Record<string, number | string | boolean>>): unknown };
  readonly info: { get(name: string): number | bigint };
  setSolution(solution: { colValue: Float64Array }): unknown;
  run(): unknown;
  getModelStatus(): number;
  getSolution(): { colValue: Float64Array };
  getObjectiveValue(): number;
  dispose(): void;
}

/** HiGHS model status codes (`highs.constants.modelStatus`). */
const HIGHS_OPTIMAL = 7;
const HIGHS_INFEASIBLE = 8;
/** `primal_solution_status` of a feasible primal solution. */
const HIGHS_FEASIBLE_SOLUTION = 2;

/**
 * The share of the time left that a runtime's first solve is given: fresh WebAssembly runs in
 * baseline code, where HiGHS reaches its clock checks less often (measured: a first solve ended
 * 249 ms past a 1,138 ms limit; later ones within 21 ms).
 */
const COLD_SHARE = 0.7;

/** Absolute gap at which HiGHS may stop: far below any difference in the objective's weights. */
const PROOF_ABS_GAP = 1e-6;

/**
 * A MipSolver backed by HiGHS compiled to WebAssembly. Pass the loaded runtime:
 * `highsSolver(await loadHighs())` (in a browser `loadHighs({ locateFile: () => wasmUrl })`,
 * with `highs.wasm` served by the app), or in Node use `loadHighsSolver()`. HiGHS honours its
 * own time limit; the relative gap is set to zero so "optimal" is a proof, not a 0.01 % tolerance.
 */
export function highsSolver(highs: HighsRuntime): MipSolver {
  let cold = true;
  return {
    name: "highs",
    solve: (mip, limits) => {
      const share = cold ? COLD_SHARE : 1;
      cold = false;
      return solveWithHighs(highs, mip, limits, share);
    },
  };
}

/** Thrown by `loadHighsSolver` when the optional `highs` package cannot be imported or started. */
export class HighsUnavailableError extends Error {
  override readonly name = "HighsUnavailableError";
}

/**
 * Loads the optional `highs` package (install it beside sammen) and returns its MipSolver. For
 * Node: a page cannot resolve the bare specifier and a bundler does not see it, so in a browser
 * import `highs` in the app and pass `highsSolver(await loadHighs({ locateFile }))` instead.
 * @throws HighsUnavailableError when the package cannot be imported or its WebAssembly not loaded.
 */
export async function loadHighsSolver(): Promise<MipSolver> {
  const specifier = "highs";
  let loader: () => Promise<HighsRuntime>;
  try {
    // A variable specifier keeps bundlers from requiring the optional package at build time.
    loader = ((await import(/* @vite-ignore */ specifier)) as { default: () => Promise<HighsRuntime> }).default;
  } catch (cause) {
    throw new HighsUnavailableError(
      "loadHighsSolver could not import the optional package `highs`: install it (npm install highs); " +
        "in a browser, import it in your app and pass highsSolver(await loadHighs({ locateFile })) as mipSolver",
      { cause },
    );
  }
  try {
    return highsSolver(await loader());
  } catch (cause) {
    throw new HighsUnavailableError("loadHighsSolver imported `highs` but could not load its WebAssembly (highs.wasm)", { cause });
  }
}

function solveWithHighs(highs: HighsRuntime, mip: Mip, limits: MipLimits, share: number): MipOutcome {
  const entered = limits.clock();
  const model = highs.createModel(toModelData(highs, mip));
  try {
    model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: PROOF_ABS_GAP });
    // Building the model came out of the limit: HiGHS counts its own time from here.
    const leftMs = share * (limits.timeLimitMs - (limits.clock() - entered));
    if (Number.isFinite(leftMs)) model.options.set({ time_limit: Math.max(0.001, leftMs / 1000) });
    if (limits.incumbent !== undefined) model.setSolution({ colValue: limits.incumbent });
    model.run();
    const status = model.getModelStatus();
    if (status === HIGHS_INFEASIBLE) return { status: "infeasible", objective: Number.NaN, values: null };
    const bound = Number(model.info.get("mip_dual_bound")) + mip.constant;
    if (Number(model.info.get("primal_solution_status")) !== HIGHS_FEASIBLE_SOLUTION) {
      return { status: "no_answer", objective: Number.NaN, ...(Number.isFinite(bound) ? { bound } : {}), values: null };
    }
    const values = Float64Array.from(model.getSolution().colValue, (v, k) => (mip.variables[k]!.binary ? Math.round(v) : v));
    const objective = model.getObjectiveValue() + mip.constant;
    return { status: status === HIGHS_OPTIMAL ? "optimal" : "feasible", objective, ...(Number.isFinite(bound) ? { bound } : {}), values };
  } finally {
    model.dispose();
  }
}

/** The Mip as HiGHS's sparse model data: rows in CSR, binaries as integers in [0, 1]. */
function toModelData(highs: HighsRuntime, mip: Mip): unknown {
  const n = mip.variables.length;
  const rows = mip.constraints.filter((c) => c.terms.length > 0);
  const colCost = new Float64Array(n);
  for (const [k, c] of mip.objective) colCost[k] = colCost[k]! + c;
  const starts = new Int32Array(rows.length + 1);
  const indices: number[] = [];
  const values: number[] = [];
  rows.forEach((row, r) => {
    const merged = new Map<number, number>();
    for (const [k, c] of row.terms) merged.set(k, (merged.get(k) ?? 0) + c);
    for (const [k, c] of [...merged].sort((a, b) => a[0] - b[0])) {
      indices.push(k);
      values.push(c);
    }
    starts[r + 1] = indices.length;
  });
  return {
    numCols: n,
    numRows: rows.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost,
    colLower: new Float64Array(n),
    colUpper: Float64Array.from(mip.variables, (v) => (v.binary ? 1 : highs.infinity)),
    rowLower: Float64Array.from(rows, (row) => row.lower ?? -highs.infinity),
    rowUpper: Float64Array.from(rows, (row) => row.upper ?? highs.infinity),
    matrix: { format: "csr", numRows: rows.length, numCols: n, starts, indices: Int32Array.from(indices), values: Float64Array.from(values) },
    integrality: Int32Array.from(mip.variables, (v) => (v.binary ? 1 : 0)),
  };
}
