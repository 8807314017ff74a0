/**
 * Runs the command line in the test's own process: stdout and stderr into strings, the files in
 * a temporary folder, and `compose` itself as the composer (these tests are about the command
 * line; that composeAsync equals compose is tested in test/worker). Ctrl-C is a function to call.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compose } from "../../src/index.js";
import type { CliEnvironment } from "../../src/cli/environment.js";
import { runCli } from "../../src/cli/program.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export const ROOT = new URL("../../", import.meta.url).pathname;

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "sammen-cli-"));
}

/** Runs `sammen ...argv` in `cwd` (default: a fresh temporary folder) with the given environment variables. */
export async function sammen(argv: readonly string[], options: { cwd?: string; env?: Record<string, string>; tty?: boolean } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const environment: CliEnvironment = {
    cwd: options.cwd ?? tempDir(),
    env: options.env ?? {},
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text), isTTY: options.tty === true, columns: 100 },
    onInterrupt: () => () => undefined,
    // `workers` is composeAsync's alone; with one worker the result is compose's.
    composeAsync: (input, { workers, ...composeOptions }) => {
      if (workers !== undefined && workers !== 1) throw new Error("runInProcess composes with one worker only");
      return Promise.resolve(compose(input, composeOptions));
    },
    version: "0.0.0-test",
  };
  const code = await runCli(argv, environment);
  return { code, stdout, stderr };
}
