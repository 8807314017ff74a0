import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { ComposeOptionsSchema, type ComposeResult } from "../../index.js";
import type { ComposeAsyncOptions } from "../../worker/node.js";
import { EXIT } from "../environment.js";
import { loadInput } from "../loadInput.js";
import { OUTPUT_FILES } from "../outputs.js";
import { progressView } from "../progress.js";
import { writeIgnored, writeIssues } from "../report.js";
import { parseNumber } from "../sheets/values.js";
import type { CommandContext } from "./context.js";
import { inputFiles, type InputFileOptions } from "./inputOptions.js";

export interface ComposeCommandOptions extends InputFileOptions {
  seed?: string;
  timeLimit?: string;
  maxIterations?: string;
  out?: string;
}

/** Whether this version of the library takes `locale` (then its reasons and suggestions come in the CLI's language). */
const LIBRARY_TAKES_LOCALE = Object.hasOwn(ComposeOptionsSchema.shape, "locale");

/**
 * `sammen compose`: reads the input files, composes in a worker (so Ctrl-C can stop the search),
 * and writes every output file into the output folder; nothing is written when the input has
 * a problem. Ctrl-C stops the search, and the best composition found so far is checked and written.
 */
export async function composeCommand(people: string | undefined, options: ComposeCommandOptions, context: CommandContext): Promise<number> {
  const { environment, messages, locale, usageError } = context;
  const files = inputFiles(people, options, messages);
  if ("usage" in files) return usageError(files.usage);
  const seed = options.seed === undefined ? 1 : /^\d+$/.test(options.seed) ? Number(options.seed) : NaN;
  if (!Number.isInteger(seed) || seed > 2 ** 32 - 1) return usageError(messages.usage.badSeed);
  const seconds = options.timeLimit === undefined ? 2 : parseNumber(options.timeLimit);
  if (seconds === null || !(seconds > 0) || seconds > 3_600) return usageError(messages.usage.badTimeLimit);
  const maxIterations = options.maxIterations === undefined ? undefined : /^\d+$/.test(options.maxIterations) ? Number(options.maxIterations) : NaN;
  if (maxIterations !== undefined && !Number.isSafeInteger(maxIterations)) return usageError(messages.usage.badMaxIterations);
  const outDir = resolve(environment.cwd, options.out ?? ".");
  const inputPaths = new Set(Object.values(files).map((file: string) => resolve(environment.cwd, file)));
  const clash = OUTPUT_FILES.find((output) => inputPaths.has(resolve(outDir, output.name)));
  if (clash !== undefined) return usageError(messages.usage.outputIsInput(clash.name));

  const loaded = await loadInput(files, environment.cwd);
  writeIgnored(environment.stderr, messages, loaded.ignored);
  if (!loaded.ok) {
    writeIssues(environment.stderr, messages, loaded.issues);
    environment.stderr.write(`${messages.noOutputWritten}\n`);
    return EXIT.badInput;
  }

  const timeLimitMs = seconds * 1_000;
  const view = progressView(environment.stderr, messages, timeLimitMs, () => performance.now());
  const controller = new AbortController();
  const unsubscribe = environment.onInterrupt(() => {
    view.finish();
    environment.stderr.write(`${messages.interrupted}\n`);
    controller.abort();
  });
  const composeOptions: ComposeAsyncOptions = {
    seed,
    // One worker: the same command gives the same groups on every machine, whatever its cores.
    workers: 1,
    timeLimitMs,
    ...(maxIterations === undefined ? {} : { maxIterations }),
    signal: controller.signal,
    onProgress: (progress) => view.onProgress(progress),
    ...(LIBRARY_TAKES_LOCALE ? { locale } : {}),
  };
  let result: ComposeResult;
  try {
    result = await environment.composeAsync(loaded.input, composeOptions);
  } catch (error) {
    view.finish();
    return failed(error, context);
  } finally {
    unsubscribe();
  }
  view.finish();

  const rendered = OUTPUT_FILES.map((output) => ({ name: output.name, text: output.render({ input: loaded.input, result, locale }) }));
  mkdirSync(outDir, { recursive: true });
  for (const { name, text } of rendered) writeFileSync(resolve(outDir, name), text);
  const { placed, waiting } = result.stats;
  environment.stdout.write(`${messages.summary(placed, placed + waiting, result.groups.length, waiting, result.status)}\n`);
  environment.stdout.write(`${messages.wrote(options.out ?? ".", rendered.map(({ name }) => name))}\n`);
  return EXIT.ok;
}

/**
 * compose threw: its own validation (the input was validated already, so an option) or its
 * checker rejecting its own composition (a bug in sammen). Codes and rule names only.
 */
function failed(error: unknown, { environment, messages }: CommandContext): number {
  const detail = error as { name?: unknown; issues?: { code: string; path: (string | number)[] }[]; violations?: { rule: string; groupId?: string }[] };
  environment.stderr.write(`${messages.composeFailed}\n`);
  for (const issue of detail.issues ?? []) environment.stderr.write(`  ${issue.code} ${issue.path.join(".")}\n`);
  for (const violation of detail.violations ?? []) environment.stderr.write(`  ${violation.rule}${violation.groupId === undefined ? "" : ` ${violation.groupId}`}\n`);
  if (detail.issues === undefined && detail.violations === undefined) environment.stderr.write(`  ${typeof detail.name === "string" ? detail.name : "Error"}\n`);
  return detail.issues !== undefined ? EXIT.badInput : EXIT.internal;
}
