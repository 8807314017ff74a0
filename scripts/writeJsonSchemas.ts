/**
 * Part of `npm run build`: writes the JSON Schemas of the input and the result, generated from the
 * zod schemas, to dist/schema/ (shipped as `sammen/schema/input.json` and `sammen/schema/result.json`).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { inputJsonSchema, resultJsonSchema } from "../src/model/jsonSchemas.js";

const out = new URL("../dist/schema/", import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL("input.json", out), `${JSON.stringify(inputJsonSchema(), null, 2)}\n`);
writeFileSync(new URL("result.json", out), `${JSON.stringify(resultJsonSchema(), null, 2)}\n`);
