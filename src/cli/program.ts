/**
 * The command line: `sammen compose | check | explain | template | schema`, parsed by commander.
 * Results go to stdout, progress and problems to stderr; the exit code says how it went
 * (0 ok, 1 bad input or broken rules, 2 usage, 3 a bug in sammen).
 */
import { Command, CommanderError, Help, Option } from "commander";
import { checkCommand, type CheckCommandOptions } from "./commands/check.js";
import { composeCommand, type ComposeCommandOptions } from "./commands/compose.js";
import type { CommandContext } from "./commands/context.js";
import { explainCommand, type ExplainCommandOptions } from "./commands/explain.js";
import { withInputOptions } from "./commands/inputOptions.js";
import { schemaCommand } from "./commands/schema.js";
import { templateCommand, type TemplateCommandOptions } from "./commands/template.js";
import { EXIT, type CliEnvironment } from "./environment.js";
import { chooseLocale, messagesFor } from "./messages.js";

/**
 * Runs the command line on `argv` (the arguments after the program's name) and returns the exit
 * code. Never calls `process.exit`: `main.ts` does, with what this returns.
 */
export async function runCli(argv: readonly string[], environment: CliEnvironment): Promise<number> {
  const flag = localeFlag(argv);
  const locale = chooseLocale(flag, environment.env) ?? "en";
  const messages = messagesFor(locale);
  const usageError = (text: string): number => {
    environment.stderr.write(`sammen: ${text}\n`);
    return EXIT.usage;
  };
  if (flag !== undefined && chooseLocale(flag, environment.env) === null) return usageError(`--locale: nb, en`);
  const context: CommandContext = { environment, messages, locale, usageError };
  let code: number = EXIT.ok;
  const program = buildProgram(context, (result) => {
    code = result;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // Help and version end with exit code 0; anything else commander refuses is a usage error.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  return code;
}

function buildProgram(context: CommandContext, done: (code: number) => void): Command {
  const { environment, messages } = context;
  const titles = messages.helpTitles;
  const localeOption = (): Option => new Option("--locale <locale>", messages.options.locale).choices(["nb", "en"]);
  const configure = (command: Command): Command =>
    command
      .exitOverride()
      .configureOutput({ writeOut: (text) => environment.stdout.write(text), writeErr: (text) => environment.stderr.write(text) })
      .configureHelp({ styleTitle: (title) => new Help().styleTitle(titles[title] ?? title) })
      .helpOption("-h, --help", messages.options.help);

  const program = configure(new Command("sammen"))
    .description(messages.programDescription)
    .version(environment.version, "-V, --version", messages.options.version)
    .helpCommand("help [command]", messages.commands.help)
    .addHelpText("after", `\n${messages.exitCodes}\n`)
    .showHelpAfterError(false);

  withInputOptions(configure(program.command("compose")), messages)
    .description(messages.commands.compose)
    .argument("[people]", messages.commands.composePeople)
    .addOption(new Option("--seed <n>", messages.options.seed))
    .addOption(new Option("--time-limit <seconds>", messages.options.timeLimit))
    .addOption(new Option("--max-iterations <n>", messages.options.maxIterations))
    .addOption(new Option("--out <dir>", messages.options.out))
    .addOption(localeOption())
    .addHelpText("after", `\n${messages.exitCodes}\n`)
    .action(async (people: string | undefined, options: ComposeCommandOptions) => done(await composeCommand(people, options, context)));

  withInputOptions(configure(program.command("check")), messages)
    .description(messages.commands.check)
    .argument("[people]", messages.commands.composePeople)
    .addOption(new Option("--result <file>", messages.options.result).default("result.json"))
    .addOption(localeOption())
    .action(async (people: string | undefined, options: CheckCommandOptions) => done(await checkCommand(people, options, context)));

  configure(program.command("explain"))
    .description(messages.commands.explain)
    .argument("<id>", messages.commands.explainId)
    .addOption(new Option("--result <file>", messages.options.result).default("result.json"))
    .addOption(localeOption())
    .action((id: string, options: ExplainCommandOptions) => done(explainCommand(id, options, context)));

  configure(program.command("template"))
    .description(messages.commands.template)
    .addOption(new Option("--out <dir>", messages.options.out))
    .addOption(localeOption())
    .action((options: TemplateCommandOptions) => done(templateCommand(options, context)));

  configure(program.command("schema"))
    .description(messages.commands.schema)
    .argument("[which]", messages.commands.schemaWhich)
    .action((which: string | undefined) => done(schemaCommand(which, context)));

  return program;
}

/** `--locale` is read before parsing, so help and errors come in the chosen language. */
function localeFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") return undefined;
    if (arg === "--locale") return argv[i + 1] ?? "";
    if (arg.startsWith("--locale=")) return arg.slice("--locale=".length);
  }
  return undefined;
}
