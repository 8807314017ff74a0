import { defineConfig } from "tsup";

export default defineConfig({
  // The library, and the worker API (`sammen/worker`): its Node and browser entries and the
  // scripts their workers run, each a file of its own so a worker is started by its URL.
  entry: {
    index: "src/index.ts",
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
});
