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
