import { Option, type Command } from "commander";
import type { InputFiles } from "../loadInput.js";
import type { Messages } from "../messages.js";

/** The options that name input files, shared by compose and check. */
export interface InputFileOptions {
  input?: string;
  venues?: string;
  starters?: string;
  groups?: string;
  distances?: string;
  policy?: string;
}

/** Adds the input file options to a command. */
export function withInputOptions(command: Command, messages: Messages): Command {
  return command
    .addOption(new Option("--venues <file>", messages.options.venues))
    .addOption(new Option("--starters <file>", messages.options.starters))
    .addOption(new Option("--groups <file>", messages.options.groups))
    .addOption(new Option("--distances <file>", messages.options.distances))
    .addOption(new Option("--policy <file>", messages.options.policy))
    .addOption(new Option("--input <file>", messages.options.input));
}

/**
 * The files to read, or a usage error: a pool in JSON (`--input`) stands alone but for its
 * policy, and something must be given.
 */
export function inputFiles(people: string | undefined, options: InputFileOptions, messages: Messages): InputFiles | { usage: string } {
  const sheets = [people, options.venues, options.starters, options.groups, options.distances].some((file) => file !== undefined);
  if (options.input !== undefined && sheets) return { usage: messages.usage.inputAndPeople };
  if (options.input === undefined && people === undefined) return { usage: messages.usage.noInput };
  const files: InputFiles = {};
  if (people !== undefined) files.people = people;
  for (const key of ["input", "venues", "starters", "groups", "distances", "policy"] as const) {
    const file = options[key];
    if (file !== undefined) files[key] = file;
  }
  return files;
}
