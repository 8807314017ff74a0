#!/usr/bin/env node
/**
 * The `sammen` command (package.json `bin`): runs the command line in this process, with the
 * worker API for composing, and exits with its code. A first Ctrl-C stops the search (the best
 * composition so far is still written); a second quits at once with code 130.
 */
import { composeAsync } from "../worker/node.js";
import { runCli } from "./program.js";
import packageJson from "../../package.json" with { type: "json" };

const INTERRUPTED_TWICE = 130;

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  onInterrupt(listener) {
    let presses = 0;
    const handler = (): void => {
      presses += 1;
      if (presses > 1) process.exit(INTERRUPTED_TWICE);
      listener();
    };
    process.on("SIGINT", handler);
    return () => void process.off("SIGINT", handler);
  },
  composeAsync,
  version: packageJson.version,
});
process.exitCode = code;
