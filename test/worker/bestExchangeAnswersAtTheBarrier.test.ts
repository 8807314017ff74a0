import { describe, expect, it } from "vitest";
import type { ExchangeReport, FoundGroup } from "../../src/core/poolSearch.js";
import { BestExchange } from "../../src/worker/bestExchange.js";

/** A report whose groups name the worker, so an answer shows whose composition it hands over. */
const report = (worker: number, objective: number, searching = true): ExchangeReport => ({ objective, groups: [{ members: [worker], option: 0, pinned: -1 }], iterations: 0, searching });

/** Records what each worker was answered (undefined: not yet): the worker whose groups it got, or null. */
function harness(count: number, barrier = true) {
  const answers: (number | null | undefined)[] = new Array<number | null | undefined>(count).fill(undefined);
  const finished: number[] = [];
  const exchange = new BestExchange(count, (winner) => finished.push(winner), barrier);
  const send = (k: number, r: ExchangeReport): void => {
    answers[k] = undefined;
    exchange.report(k, r, (adopt: FoundGroup[] | null) => (answers[k] = adopt === null ? null : adopt[0]!.members[0]!));
  };
  return { answers, finished, exchange, send };
}

/**
 * The barrier of a portfolio sharing its best decides from the reports alone: nobody goes on
 * until every searching worker has reported; the worse ones go on from the best composition,
 * the best and those tied with it from their own; a tie goes to the lowest worker; a stopped
 * worker stands by its last report; at the end only the holder of the best is let finish; and
 * after an abort nobody waits for a barrier. Without a barrier (searches paused by time) each is
 * answered at once from the latest reports, and only the finish waits for all.
 */
describe("bestExchangeAnswersAtTheBarrier", () => {
  it("answers nobody until all have reported, then hands the best to the worse ones", () => {
    const { answers, send } = harness(3);
    send(0, report(0, 10));
    send(2, report(2, 30));
    expect(answers).toEqual([undefined, undefined, undefined]);
    send(1, report(1, 20));
    expect(answers).toEqual([2, 2, null]);
  });

  it("a tie goes to the lowest worker, within rounding; the tied go on from their own", () => {
    const { answers, exchange, send } = harness(3);
    send(2, report(2, 50));
    send(1, report(1, 50 + 1e-12));
    send(0, report(0, 40));
    expect(exchange.leader()).toBe(1);
    expect(answers).toEqual([1, null, null]);
  });

  it("a stopped worker stands by its last report; when all have stopped only the best finishes", () => {
    const { answers, finished, send } = harness(2);
    send(0, report(0, 90, false));
    send(1, report(1, 70));
    expect(answers).toEqual([undefined, 0]);
    send(1, report(1, 95));
    // Worker 0 has stopped: it is never answered during the search.
    expect(answers).toEqual([undefined, null]);
    send(1, report(1, 95, false));
    expect(finished).toEqual([1]);
    expect(answers).toEqual([undefined, null]);
  });

  it("after an abort the keeper is answered at once, the others never", () => {
    const { answers, exchange, send } = harness(3);
    send(1, report(1, 10));
    exchange.abort(1);
    expect(answers).toEqual([undefined, null, undefined]);
    send(0, report(0, 99));
    send(2, report(2, 99, false));
    send(1, report(1, 12, false));
    expect(answers).toEqual([undefined, null, undefined]);
    expect(exchange.abort(0)).toBe(1);
    expect(answers[0]).toBeUndefined();
  });

  it("an abort once the finishing worker is chosen keeps that worker", () => {
    const { answers, finished, exchange, send } = harness(2);
    send(0, report(0, 50, false));
    send(1, report(1, 60, false));
    expect(finished).toEqual([1]);
    expect(exchange.abort(0)).toBe(1);
    expect(answers).toEqual([undefined, null]);
  });

  it("without a barrier each is answered at once from the latest reports; the finish still waits for all", () => {
    const { answers, finished, send } = harness(2, false);
    send(0, report(0, 10));
    expect(answers).toEqual([null, undefined]);
    send(1, report(1, 5));
    expect(answers).toEqual([null, 0]);
    send(0, report(0, 20, false));
    expect(answers).toEqual([undefined, 0]);
    send(1, report(1, 15));
    expect(answers).toEqual([undefined, 0]);
    send(1, report(1, 30, false));
    expect(finished).toEqual([1]);
    expect(answers).toEqual([undefined, null]);
  });
});
