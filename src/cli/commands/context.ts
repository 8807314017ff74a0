import type { CliEnvironment } from "../environment.js";
import type { Locale, Messages } from "../messages.js";

/** What every command gets: the process's environment, the texts of the chosen locale, and a way to fail as a usage error. */
export interface CommandContext {
  environment: CliEnvironment;
  messages: Messages;
  locale: Locale;
  /** Writes a usage error to stderr and returns the usage exit code. */
  usageError: (text: string) => number;
}
