import { defineConfig, type Options } from "tsup";

/**
 * The `sammen` command reaches the library through the package's own entries ("sammen",
 * "sammen/worker"), resolved at run time: the bin carries no second copy of the library, and
 * `composeAsync` finds its worker script beside `dist/worker/node.js` as in any other app.
 */
const cliUsesThePackage: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "cli-uses-the-package",
  setup(build) {
    build.onResolve({ filter: /^(\.\.\/)+(index|worker\/node|report\/index)\.js$/ }, (args) => {
      if (!args.importer.includes("/src/cli/")) return undefined;
      const path = args.path.endsWith("worker/node.js") ? "sammen/worker" : args.path.endsWith("report/index.js") ? "sammen/report" : "sammen";
      return { path, external: true };
    });
  },
};

export default defineConfig([
  {
    // The library, and the worker API (`sammen/worker`): its Node and browser entries and the
    // scripts their workers run, each a file of its own so a worker is started by its URL.
    entry: {
      index: "src/index.ts",
      // `sammen/lean`: the same API without the bundled MIP solver, for apps that count their bundle's bytes.
      lean: "src/lean.ts",
      // The coordinator's report (`sammen/report`), an entry of its own so the main entry does not carry it.
      "report/index": "src/report/index.ts",
      "worker/node": "src/worker/node.ts",
      "worker/nodeWorker": "src/worker/nodeWorker.ts",
      "worker/browser": "src/worker/browser.ts",
      "worker/browserWorker": "src/worker/browserWorker.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    // Only src/worker/node*.ts import it; the library itself stays free of Node built-ins.
    external: ["node:worker_threads"],
    // `import.meta.url` locates a worker's script; in the CommonJS build it comes from __filename.
    shims: true,
    treeshake: true,
  },
  {
    // The command line (package.json `bin`): Node only, ES module, in bin/ so neither build cleans the other's output.
    entry: { sammen: "src/cli/main.ts" },
    outDir: "bin",
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: true,
    target: "node20",
    platform: "node",
    esbuildPlugins: [cliUsesThePackage],
  },
]);
