/**
 * `npm run bench:size`: what the browser bundle weighs, minified and gzipped (esbuild, which tsup
 * brings), for what an app imports: `compose`, the two sides of `composeAsync`, and `renderReport`.
 */
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const entries: Record<string, string> = {
  'import { compose } from "sammen"': `export { compose } from "./src/index.ts";`,
  'import { composeAsync } from "sammen/worker" (the page)': `export { composeAsync } from "./src/worker/browser.ts";`,
  "the worker script it starts (browserWorker)": `import "./src/worker/browserWorker.ts";`,
  'import { renderReport } from "sammen/report"': `export { renderReport } from "./src/report/index.ts";`,
};

for (const [name, contents] of Object.entries(entries)) {
  const out = await build({
    stdin: { contents, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    external: ["highs"],
  });
  const code = out.outputFiles[0]!.contents;
  let zod = 0;
  for (const output of Object.values(out.metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) if (path.includes("node_modules/zod/")) zod += input.bytesInOutput;
  }
  const kb = (bytes: number): string => `${Math.round(bytes / 1024)} KB`;
  console.log(`${name}: ${kb(code.length)} min, ${kb(gzipSync(code).length)} min+gzip (zod ${kb(zod)} min)`);
}
