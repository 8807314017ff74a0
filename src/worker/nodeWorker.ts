/** The worker thread's entry in Node: serve the one request it is sent. */
import { parentPort } from "node:worker_threads";
import type { ComposeRequest } from "./protocol.js";
import { serveRequest } from "./serveRequest.js";

parentPort?.once("message", (request: ComposeRequest) => {
  serveRequest(request, (reply) => parentPort?.postMessage(reply));
});
