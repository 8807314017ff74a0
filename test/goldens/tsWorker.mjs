// Worker entry that runs a TypeScript module without a build: tsx registers its loader on the
// main thread only, so it is registered here, in the worker, before the module is imported.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
