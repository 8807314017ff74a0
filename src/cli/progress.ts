import type { Progress } from "../index.js";
import type { TextSink } from "./environment.js";
import type { Messages } from "./messages.js";

/** Redraws of the bar at most this often (compose reports about every 100 ms). */
const REDRAW_MS = 100;
const BAR_WIDTH = 20;

/** Progress of one run on stderr: a bar redrawn in place on a terminal, one line per phase elsewhere (logs, pipes). */
export interface ProgressView {
  onProgress(progress: Progress): void;
  /** Clears the bar, so what follows starts on a clean line. */
  finish(): void;
}

/**
 * A progress view. On a terminal the bar fills with the time used out of the time limit (the
 * search may stop earlier, when it stops improving), beside the phase, elapsed seconds, the
 * search's iterations and, once known, how many people the best composition so far places.
 */
export function progressView(stderr: TextSink, messages: Messages, timeLimitMs: number, now: () => number): ProgressView {
  const tty = stderr.isTTY === true;
  let lastPhase: string | undefined;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    onProgress(progress) {
      const phase = progress.phase ?? lastPhase ?? "reading";
      const seconds = (progress.elapsedMs / 1000).toFixed(1);
      const line = messages.progressLine(messages.phases[phase] ?? phase, seconds, progress.iterations, progress.placed);
      if (!tty) {
        if (phase !== lastPhase) stderr.write(`${line}\n`);
        lastPhase = phase;
        return;
      }
      const t = now();
      if (phase === lastPhase && t - lastDraw < REDRAW_MS) return;
      lastPhase = phase;
      lastDraw = t;
      const filled = Math.min(BAR_WIDTH, Math.round((BAR_WIDTH * progress.elapsedMs) / Math.max(1, timeLimitMs)));
      const bar = `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}]`;
      const text = `${bar} ${line}`.slice(0, Math.max(20, (stderr.columns ?? 80) - 1));
      stderr.write(`\r\u001b[2K${text}`);
      drawn = true;
    },
    finish() {
      if (drawn) stderr.write("\r\u001b[2K");
      drawn = false;
    },
  };
}
