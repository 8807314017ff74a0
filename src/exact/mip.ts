/** A solver-neutral mixed-integer program: maximise `objective · x + constant`. */
export interface Mip {
  variables: MipVariable[];
  constraints: MipConstraint[];
  objective: MipTerm[];
  constant: number;
}

export interface MipVariable {
  name: string;
  binary: boolean;
}

/** `lower ≤ Σ coefficient · variable ≤ upper` (either bound may be absent). */
export interface MipConstraint {
  name: string;
  terms: MipTerm[];
  lower?: number;
  upper?: number;
}

/** A variable index and its coefficient. */
export type MipTerm = readonly [variable: number, coefficient: number];

/** Builds a Mip one variable and constraint at a time. Continuous variables are ≥ 0. */
export class MipBuilder {
  private readonly mip: Mip = { variables: [], constraints: [], objective: [], constant: 0 };

  variable(name: string, binary: boolean, objective = 0): number {
    const index = this.mip.variables.length;
    this.mip.variables.push({ name, binary });
    if (objective !== 0) this.mip.objective.push([index, objective]);
    return index;
  }

  constrain(name: string, terms: MipTerm[], bounds: { lower?: number; upper?: number }): void {
    const kept = terms.filter(([, c]) => c !== 0);
    this.mip.constraints.push({ name, terms: kept, ...bounds });
  }

  /** Adds `coefficient` to a variable's objective coefficient. */
  addObjective(variable: number, coefficient: number): void {
    if (coefficient !== 0) this.mip.objective.push([variable, coefficient]);
  }

  addConstant(value: number): void {
    this.mip.constant += value;
  }

  build(): Mip {
    return this.mip;
  }
}

/** `objective · values + constant`. */
export function mipObjective(mip: Mip, values: Float64Array): number {
  return mip.objective.reduce((sum, [k, c]) => sum + c * values[k]!, mip.constant);
}

/** The name of the first constraint (or binary) the values break by more than `tolerance`, or null. */
export function mipViolation(mip: Mip, values: Float64Array, tolerance = 1e-6): string | null {
  for (let k = 0; k < mip.variables.length; k++) {
    const v = values[k]!;
    if (v < -tolerance || (mip.variables[k]!.binary && Math.abs(v - Math.round(v)) > tolerance) || (mip.variables[k]!.binary && v > 1 + tolerance)) return mip.variables[k]!.name;
  }
  for (const constraint of mip.constraints) {
    const sum = constraint.terms.reduce((total, [k, c]) => total + c * values[k]!, 0);
    if ((constraint.lower !== undefined && sum < constraint.lower - tolerance) || (constraint.upper !== undefined && sum > constraint.upper + tolerance)) return constraint.name;
  }
  return null;
}
