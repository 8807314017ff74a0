// Lint for sammen: the library stays pure (no console, no Node built-ins, no clock or Math.random),
// and nothing throws a bare value. Type-aware rules read tsconfig.json through the project service.
import { builtinModules } from "node:module";
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

// Every Node built-in by its bare name; anything node:-prefixed is caught by the pattern below.
const bareBuiltins = [...new Set(builtinModules.map((name) => name.replace(/^node:/, "")))].sort();
const builtinMessage = "The library does no I/O and runs in browsers: keep Node built-ins out of src/.";
// What keeps zod small in an app's bundle (BENCHMARKS.md "bundle size"): the schemas use zod/mini,
// imported as a namespace; classic zod carries every method, and `{ z }` every locale.
const zodPaths = [{ name: "zod", message: "Use zod/mini (`import * as z from \"zod/mini\"`): classic zod triples the browser bundle." }];

export default defineConfig(
  { ignores: ["dist/", "bin/", "scratch/", "node_modules/", "bench/out/", "coverage/", ".stryker-tmp/", "reports/"] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/only-throw-error": "error",
      "no-console": "error",
      // The codebase marks deliberately unused names with a leading underscore (as tsc does).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...bareBuiltins.map((name) => ({ name, message: builtinMessage })), ...zodPaths],
          patterns: [{ group: ["node:*"], message: builtinMessage }],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportDeclaration[source.value=/^zod/][importKind!='type'] > ImportSpecifier[imported.name=/^(z|default)$/]",
          message: "Import zod/mini as a namespace (`import * as z`): bundlers cannot shake the `z` object, and it holds every locale.",
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "process", message: "The library runs in browsers and reads no environment." },
        { name: "require", message: "ES modules only." },
        { name: "Buffer", message: "Node only; use Uint8Array." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "Results must not depend on the wall clock; use the injected clock (options.now)." },
        { object: "Math", property: "random", message: "Use the seeded generator in core/random so runs replay from their seed." },
      ],
    },
  },
  {
    // The worker API's Node side (src/worker/node.ts, nodeStart.ts, nodeWorker.ts) starts worker
    // threads: node:worker_threads (and node:os, for the core count that sizes the portfolio) is
    // allowed there and nowhere else in src/. These files are
    // separate entries (sammen/worker under the "node" condition), never part of the browser bundle.
    files: ["src/worker/node*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...bareBuiltins.map((name) => ({ name, message: builtinMessage })), ...zodPaths],
          patterns: [{ group: ["node:*", "!node:worker_threads", "!node:os"], message: builtinMessage }],
        },
      ],
    },
  },
  {
    // The command line (src/cli/) is the one folder that reads files, writes to the console and
    // reads the environment; it is a separate entry (the `sammen` bin), never in the library's bundles.
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": "off",
      "no-restricted-globals": ["error", { name: "require", message: "ES modules only." }],
    },
  },
  {
    // Scripts that report to a terminal.
    files: ["bench/**/*.ts", "examples/**/*.ts"],
    rules: { "no-console": "off" },
  },
  {
    // Plain JavaScript (this config, a worker's loader shim) is outside tsconfig: lint it without types.
    files: ["**/*.js", "**/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
