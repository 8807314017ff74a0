/** Starting a `worker_threads` worker for `runInWorker` (Node only). */
import { Worker } from "node:worker_threads";
import type { CallerMessage, WorkerReply } from "./protocol.js";
import type { StartWorker } from "./runInWorker.js";

/**
 * A `StartWorker` for the worker script at `url`; `workerData` is passed through (tests use it to
 * run the TypeScript sources through a loader shim).
 */
export function startNodeWorker(url: URL, workerData?: unknown): StartWorker {
  return (onReply, onFailure) => {
    const worker = new Worker(url, workerData === undefined ? {} : { workerData });
    worker.on("message", (reply: WorkerReply) => onReply(reply));
    worker.on("error", (error) => onFailure(error));
    worker.on("exit", (code) => onFailure(new Error(`the sammen worker exited (code ${code}) before it replied`)));
    return {
      postMessage: (message: CallerMessage) => worker.postMessage(message),
      terminate: () => void worker.terminate(),
    };
  };
}
