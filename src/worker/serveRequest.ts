/**
 * The worker's side, free of any platform: run one request through the same pipeline as
 * `compose` and post the replies. The Node and browser worker entries only wire it to their
 * message ports.
 */
import { composeSteps } from "../compose/compose.js";
import { CompositionError } from "../compose/errors.js";
import type { FoundGroup } from "../core/poolSearch.js";
import { javascriptLpSolver } from "../exact/jsLpSolver.js";
import { ValidationError } from "../model/issues.js";
import type { Progress } from "../model/schemas.js";
import type { ComposeRequest, ResumeMessage, WorkerError, WorkerReply } from "./protocol.js";

/**
 * Composes as `compose` does, with the request's options; the cancel flag is read by the
 * search's budget where a signal would be, so an abort on the calling thread stops the search
 * and the best composition so far is checked and posted, as after a signal. With an exchange
 * schedule the search stops at each pause, posts its best and returns to the event loop; the
 * function returned takes the calling thread's resume and goes on.
 */
export function serveRequest(request: ComposeRequest, post: (reply: WorkerReply) => void): (message: ResumeMessage) => void {
  const flag = request.cancel === null ? null : new Int32Array(request.cancel);
  const aborted = (): boolean => request.abortedAtStart || (flag !== null && Atomics.load(flag, 0) !== 0);
  const options = request.progress ? { ...request.options, onProgress: (progress: Progress) => post({ type: "progress", progress }) } : request.options;
  let steps: ReturnType<typeof composeSteps> | null = null;
  const step = (adopt: FoundGroup[] | null): void => {
    try {
      // The worker is `sammen`'s compose, bundled solver and all (composeAsync takes no mipSolver).
      const hooks = { aborted, bundledSolver: javascriptLpSolver };
      steps ??= composeSteps(request.input, options, request.exchange === null ? hooks : { ...hooks, exchange: request.exchange });
      const next = steps.next(adopt);
      post(next.done === true ? { type: "result", result: next.value } : { type: "exchange", report: next.value });
    } catch (error) {
      post({ type: "error", error: toWorkerError(error) });
    }
  };
  step(null);
  return (message) => step(message.adopt);
}

/** A thrown value as plain data; ValidationError and CompositionError keep their details. */
function toWorkerError(error: unknown): WorkerError {
  if (error instanceof ValidationError) return { name: error.name, message: error.message, issues: error.issues };
  if (error instanceof CompositionError) return { name: error.name, message: error.message, violations: error.violations };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Error", message: "the worker threw a value that is not an Error" };
}
