/** The worker thread's entry in Node: serve the one request it is sent, and the resumes of its exchanges. */
import { parentPort } from "node:worker_threads";
import type { CallerMessage, ResumeMessage } from "./protocol.js";
import { serveRequest } from "./serveRequest.js";

let resume: ((message: ResumeMessage) => void) | null = null;
parentPort?.on("message", (message: CallerMessage) => {
  if (message.type === "compose") resume ??= serveRequest(message, (reply) => parentPort?.postMessage(reply));
  else resume?.(message);
});
