import { inputJsonSchema, resultJsonSchema } from "../../index.js";
import { EXIT } from "../environment.js";
import type { CommandContext } from "./context.js";

/** `sammen schema [input|result]`: the JSON Schema (draft 2020-12) of the input (default) or the result, on stdout. */
export function schemaCommand(which: string | undefined, context: CommandContext): number {
  const { environment, messages, usageError } = context;
  if (which !== undefined && which !== "input" && which !== "result") return usageError(messages.usage.badSchema);
  const schema = which === "result" ? resultJsonSchema() : inputJsonSchema();
  environment.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return EXIT.ok;
}
