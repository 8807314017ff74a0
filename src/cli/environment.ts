import type { ComposeInput, ComposeResult } from "../index.js";
import type { ComposeAsyncOptions } from "../worker/node.js";

/** Somewhere text goes: the process's stdout or stderr, or a buffer in tests. */
export interface TextSink {
  write(text: string): void;
  /** True when a person is watching (a terminal): progress is drawn as a bar then. */
  isTTY?: boolean;
  columns?: number;
}

/**
 * Everything the command line takes from the process it runs in, so the commands can be run in
 * a test with buffers and a fake Ctrl-C, and in `main.ts` with the real process.
 */
export interface CliEnvironment {
  /** Paths on the command line are read and written relative to this folder. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: TextSink;
  stderr: TextSink;
  /**
   * Calls `listener` when the person presses Ctrl-C (SIGINT) while it is subscribed; returns the
   * unsubscribe. The process's own handler quits at a second Ctrl-C.
   */
  onInterrupt(listener: () => void): () => void;
  /** `composeAsync` from `sammen/worker`: compose in a worker thread, so a Ctrl-C can stop it. */
  composeAsync(input: ComposeInput, options: ComposeAsyncOptions): Promise<ComposeResult>;
  version: string;
}

/** Exit codes, as documented in the help and README. */
export const EXIT = {
  ok: 0,
  /** Bad input (a file, a cell, a result), or `check` found broken rules. */
  badInput: 1,
  /** Bad usage: an unknown command or option, a missing or bad argument. */
  usage: 2,
  /** sammen itself failed (its checker rejected its own composition: a bug). */
  internal: 3,
} as const;
