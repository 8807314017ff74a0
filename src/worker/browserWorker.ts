/** The Web Worker's entry: serve the one request it is sent. */
import type { ComposeRequest, WorkerReply } from "./protocol.js";
import { serveRequest } from "./serveRequest.js";

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<ComposeRequest>) => void) | null; postMessage(reply: WorkerReply): void };
scope.onmessage = (event) => {
  scope.onmessage = null;
  serveRequest(event.data, (reply) => scope.postMessage(reply));
};
