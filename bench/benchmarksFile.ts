/** Shared by the benchmarks: the machine line and writing one generated section of BENCHMARKS.md. */
import { execSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The machine line: cores as `nproc` sees them, CPU model, Node version. */
export function machine(): string {
  let cores: string;
  try {
    cores = execSync("nproc", { encoding: "utf8" }).trim();
  } catch {
    // nproc is missing outside Linux/coreutils; the OS's own figure is the next best.
    cores = String(availableParallelism());
  }
  return `${cores} cores (nproc), ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`;
}

/** Markers and heading of one generated section. */
export interface SectionMarkers {
  heading: string;
  begin: string;
  beginPrefix: string;
  end: string;
}

/**
 * The markers of a section a benchmark rewrites: `<!-- key:begin — written by script; ... -->` to `<!-- key:end -->` under `heading`.
 * @param key - the marker name, e.g. "starters"
 * @param heading - the section's heading line, e.g. "## starters"
 * @param script - the benchmark that writes it, e.g. "bench/starters.ts"
 */
export function sectionMarkers(key: string, heading: string, script: string): SectionMarkers {
  return {
    heading,
    begin: `<!-- ${key}:begin — written by ${script}; everything up to ${key}:end is replaced on each run -->`,
    beginPrefix: `<!-- ${key}:begin`,
    end: `<!-- ${key}:end -->`,
  };
}

/**
 * Replaces the text between a section's markers in BENCHMARKS.md (creating the file or the
 * section when missing); text outside the markers is never touched. @returns the file's path.
 */
export function writeSection(markers: SectionMarkers, body: string): string {
  const path = join(root, "BENCHMARKS.md");
  const block = `${markers.begin}\n\n${body}\n\n${markers.end}`;
  const text = existsSync(path) ? readFileSync(path, "utf8") : "# Benchmarks\n";
  const begin = text.indexOf(markers.beginPrefix);
  const end = text.indexOf(markers.end, begin);
  let next: string;
  if (begin >= 0 && end > begin) {
    next = text.slice(0, begin) + block + text.slice(end + markers.end.length);
  } else if (text.split("\n").some((l) => l.trim() === markers.heading)) {
    // Someone wrote this section by hand: refuse rather than overwrite their words.
    throw new Error(`${path} has a "${markers.heading}" section without its markers; move that text or remove the section`);
  } else {
    // The heading stays outside the markers so other writers see this section's boundary.
    next = `${text.trimEnd()}\n\n${markers.heading}\n\n${block}\n`;
  }
  writeFileSync(path, next);
  return path;
}
