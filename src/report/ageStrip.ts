import type { GenderKey } from "./messages.js";
import { coord, esc } from "./html.js";

/** One member as the strip shows them. */
export interface StripMember {
  id: string;
  age: number | undefined;
  gender: GenderKey;
}

/** The age range every group's strip shares, so strips can be compared down the page. */
export interface AgeAxis {
  min: number;
  max: number;
}

const WIDTH = 320;
const HEIGHT = 50;
const LEFT = 10;
const RIGHT = 10;
const AXIS_Y = 34;
const STEP_Y = 7;
/** Closest two markers may sit on one level, in strip units. */
const MIN_GAP = 7.5;
/** Levels above the axis; a crowd beyond them shares the top one. */
const MAX_LEVELS = 4;

/** Colour and shape per gender: shapes differ too, so the strip reads in black and white. */
export const GENDER_STYLE: Record<GenderKey, { colour: string; shape: "circle" | "square" | "diamond" | "ring" }> = {
  female: { colour: "#8e3b8a", shape: "circle" },
  male: { colour: "#1f6f8b", shape: "square" },
  other: { colour: "#b5651d", shape: "diamond" },
  undisclosed: { colour: "#6b6b6b", shape: "ring" },
};

/**
 * The shared axis: every recorded age of every group member, widened to whole fives so ticks fall
 * on round numbers; a fixed 20-70 when no member's age is recorded.
 */
export function ageAxisOf(ages: readonly number[]): AgeAxis {
  if (ages.length === 0) return { min: 20, max: 70 };
  const min = Math.floor(Math.min(...ages) / 5) * 5;
  const max = Math.ceil(Math.max(...ages) / 5) * 5;
  return max > min ? { min, max } : { min: min - 5, max: max + 5 };
}

/** A marker of a gender's shape centred on (x, y), with the member's id and age as its tooltip. */
export function marker(gender: GenderKey, x: number, y: number, title: string): string {
  const { colour, shape } = GENDER_STYLE[gender];
  const tip = `<title>${esc(title)}</title>`;
  const [cx, cy] = [coord(x), coord(y)];
  switch (shape) {
    case "circle":
      return `<circle cx="${cx}" cy="${cy}" r="3.4" fill="${colour}">${tip}</circle>`;
    case "square":
      return `<rect x="${coord(x - 3.1)}" y="${coord(y - 3.1)}" width="6.2" height="6.2" fill="${colour}">${tip}</rect>`;
    case "diamond":
      return `<path d="M${cx} ${coord(y - 4)}L${coord(x + 4)} ${cy}L${cx} ${coord(y + 4)}L${coord(x - 4)} ${cy}Z" fill="${colour}">${tip}</path>`;
    case "ring":
      return `<circle cx="${cx}" cy="${cy}" r="3" fill="#fff" stroke="${colour}" stroke-width="1.4">${tip}</circle>`;
  }
}

/**
 * An inline SVG of a group's ages on the shared axis: a tick every ten years, a band over the
 * group's span, and one marker per member with a recorded age (members close in age stacked).
 * Hand-written: a few dozen elements, no script, nothing loaded.
 * @param label - the accessible name (the span in words)
 */
export function ageStrip(members: readonly StripMember[], axis: AgeAxis, label: string): string {
  const x = (age: number): number => LEFT + ((age - axis.min) / (axis.max - axis.min)) * (WIDTH - LEFT - RIGHT);
  const parts: string[] = [];
  parts.push(`<line x1="${LEFT}" y1="${AXIS_Y}" x2="${WIDTH - RIGHT}" y2="${AXIS_Y}" stroke="#9a9a9a" stroke-width="1"/>`);
  for (let tick = Math.ceil(axis.min / 10) * 10; tick <= axis.max; tick += 10) {
    const tx = coord(x(tick));
    parts.push(`<line x1="${tx}" y1="${AXIS_Y}" x2="${tx}" y2="${AXIS_Y + 3}" stroke="#9a9a9a"/>`);
    parts.push(`<text x="${tx}" y="${AXIS_Y + 13}" text-anchor="middle">${tick}</text>`);
  }
  const aged = members.filter((m): m is StripMember & { age: number } => m.age !== undefined);
  if (aged.length > 0) {
    const youngest = Math.min(...aged.map((m) => m.age));
    const oldest = Math.max(...aged.map((m) => m.age));
    const from = x(youngest);
    parts.push(`<rect x="${coord(from - 5)}" y="4" width="${coord(x(oldest) - from + 10)}" height="${AXIS_Y - 6}" rx="4" fill="#e8eef3"/>`);
  }
  // Markers closer than their width would overlap: each goes on the lowest level free at its place.
  const levels: number[][] = [];
  for (const m of [...aged].sort((a, b) => a.age - b.age)) {
    const mx = x(m.age);
    let level = levels.findIndex((xs) => xs.every((other) => Math.abs(other - mx) >= MIN_GAP));
    if (level < 0 || level >= MAX_LEVELS) level = levels.length < MAX_LEVELS ? levels.length : levels.length - 1;
    (levels[level] ??= []).push(mx);
    parts.push(marker(m.gender, mx, AXIS_Y - 7 - level * STEP_Y, `${m.id}: ${m.age}`));
  }
  return `<svg class="strip" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${esc(label)}">${parts.join("")}</svg>`;
}
