/** Shared by the benchmarks: reading `--name value` flags from the command line. */

/** Value readers over one command line; both throw with the flag's name on a bad value. */
export interface CommandLine {
  /** The value after `--name`, or undefined when the flag is absent. */
  readonly flag: (name: string) => string | undefined;
  /** `text` as an integer of at least `min`. */
  readonly count: (name: string, text: string, min: number) => number;
}

export function commandLine(args: readonly string[]): CommandLine {
  return {
    flag: (name) => {
      const k = args.indexOf(`--${name}`);
      if (k < 0) return undefined;
      const value = args[k + 1];
      if (value === undefined || value.startsWith("--")) throw new Error(`--${name} needs a value`);
      return value;
    },
    count: (name, text, min) => {
      const x = Number(text);
      if (!Number.isInteger(x) || x < min) throw new Error(`--${name}: expected an integer ≥ ${min}, got "${text}"`);
      return x;
    },
  };
}
