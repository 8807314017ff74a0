/** The Web Worker's entry: serve the one request it is sent, and the resumes of its exchanges. */
import type { CallerMessage, ResumeMessage, WorkerReply } from "./protocol.js";
import { serveRequest } from "./serveRequest.js";

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<CallerMessage>) => void) | null; postMessage(reply: WorkerReply): void };
let resume: ((message: ResumeMessage) => void) | null = null;
scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === "compose") resume ??= serveRequest(message, (reply) => scope.postMessage(reply));
  else resume?.(message);
};
