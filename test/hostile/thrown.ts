import { compose, parse, type ComposeInput } from "../../src/index.js";

/** What `parse` and a short `compose` throw on an input (undefined where one returns instead). */
export function thrownByParseAndCompose(input: unknown): unknown[] {
  return [() => parse(input), () => compose(input as ComposeInput, { seed: 1, maxIterations: 500 })].map((run) => {
    try {
      run();
      return undefined;
    } catch (error) {
      return error;
    }
  });
}
