/**
 * Watches every door a library could use to send data out: console, the process's output
 * streams, fetch and the Node modules for files, sockets, HTTP and child processes. Each function
 * is replaced by a counting Proxy that still calls through, so nothing else breaks while watched.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

// Node built-ins that read or write outside the process, reached as their shared CJS module objects.
const IO_MODULES = ["fs", "net", "http", "https", "http2", "tls", "dgram", "dns", "child_process", "worker_threads"] as const;

// Globals a browser or Node exposes for network access, where present.
const IO_GLOBALS = ["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "navigator"] as const;

interface Replacement {
  owner: object;
  key: string;
  original: PropertyDescriptor | undefined;
}

/** A watch over all the doors above; `calls` lists each use as `owner.name`. */
export interface SideEffectWatch {
  calls: string[];
  restore(): void;
}

/**
 * The one clock read allowed: javascript-lp-solver's branch-and-bound loop compares Date.now()
 * with a timeout sammen never sets (its "end" stays at 1e99), so the reading cannot change a result.
 */
function toleratedClockRead(label: string): boolean {
  if (label !== "Date.now") return false;
  // The caller is the first frame outside this file (and the Proxy trap that brought us here).
  const frames = (new Error().stack ?? "").split("\n").slice(1);
  const caller = frames.find((frame) => !frame.includes("sideEffects") && !frame.includes("<anonymous>") && !frame.includes("Proxy"));
  return caller !== undefined && caller.includes("node_modules/javascript-lp-solver/");
}

function counting(fn: (...args: unknown[]) => unknown, label: string, calls: string[]): (...args: unknown[]) => unknown {
  return new Proxy(fn, {
    apply(target, thisArg, args: unknown[]) {
      if (!toleratedClockRead(label)) calls.push(label);
      return Reflect.apply(target, thisArg, args);
    },
    construct(target, args: unknown[], newTarget) {
      calls.push(`new ${label}`);
      return Reflect.construct(target, args, newTarget) as object;
    },
  });
}

/** Replaces each own or inherited function `key` of `owner` by a counting one; skips what cannot be replaced. */
function watchFunction(owner: object, key: string, label: string, calls: string[], replaced: Replacement[]): void {
  const value: unknown = Reflect.get(owner, key);
  if (typeof value !== "function") return;
  const original = Reflect.getOwnPropertyDescriptor(owner, key);
  if (original && !original.configurable && !original.writable) return;
  const ok = Reflect.defineProperty(owner, key, {
    value: counting(value as (...args: unknown[]) => unknown, label, calls),
    writable: true,
    configurable: true,
    enumerable: original?.enumerable ?? false,
  });
  if (ok) replaced.push({ owner, key, original });
}

/** Starts watching; call `restore` (in a finally) to put every original back. */
export function watchSideEffects(): SideEffectWatch {
  const calls: string[] = [];
  const replaced: Replacement[] = [];
  for (const key of Object.keys(console)) watchFunction(console, key, `console.${key}`, calls, replaced);
  watchFunction(process.stdout, "write", "process.stdout.write", calls, replaced);
  watchFunction(process.stderr, "write", "process.stderr.write", calls, replaced);
  watchFunction(process, "emitWarning", "process.emitWarning", calls, replaced);
  watchFunction(process, "send", "process.send", calls, replaced);
  // Not I/O, but the library promises neither: its only randomness is the seed, its only clock the injected one.
  watchFunction(Math, "random", "Math.random", calls, replaced);
  watchFunction(Date, "now", "Date.now", calls, replaced);
  for (const name of IO_GLOBALS) watchFunction(globalThis, name, `globalThis.${name}`, calls, replaced);
  for (const name of IO_MODULES) {
    const mod = require(name) as Record<string, unknown>;
    for (const key of Object.keys(mod)) watchFunction(mod, key, `${name}.${key}`, calls, replaced);
  }
  return {
    calls,
    restore() {
      for (const { owner, key, original } of replaced.reverse()) {
        if (original) Reflect.defineProperty(owner, key, original);
        else Reflect.deleteProperty(owner, key);
      }
    },
  };
}

/** Runs `work` under a watch and returns what it returned or threw, with every outward call it made. */
export function underWatch<T>(work: () => T): { value?: T; thrown?: unknown; calls: string[] } {
  const watch = watchSideEffects();
  try {
    return { value: work(), calls: watch.calls };
  } catch (thrown) {
    return { thrown, calls: watch.calls };
  } finally {
    watch.restore();
  }
}
