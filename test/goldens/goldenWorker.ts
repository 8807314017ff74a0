/** Computes every golden hash in a worker thread (started with `--import tsx`) and posts them back. */
import { parentPort } from "node:worker_threads";
import { allGoldenHashes } from "./goldenHash.js";

parentPort?.postMessage(allGoldenHashes());
