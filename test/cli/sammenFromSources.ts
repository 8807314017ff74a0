/**
 * `sammen` run from the TypeScript sources (`node --import tsx test/cli/sammenFromSources.ts ...`):
 * the real process wiring of `src/cli/main.ts`, with the worker started from the sources too,
 * so the command-line tests need no build.
 */
import { runCli } from "../../src/cli/program.js";
import { composeAsyncFromSources } from "../helpers/workerFromSources.js";

let presses = 0;
const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  onInterrupt(listener) {
    const handler = (): void => {
      presses += 1;
      if (presses > 1) process.exit(130);
      listener();
    };
    process.on("SIGINT", handler);
    return () => void process.off("SIGINT", handler);
  },
  composeAsync: composeAsyncFromSources,
  version: "0.0.0-sources",
});
process.exitCode = code;
