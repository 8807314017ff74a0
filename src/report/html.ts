import type { Locale } from "../model/locale.js";

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text safe anywhere the report puts it: element content and quoted attribute values, in HTML and
 * in inline SVG. Every string that comes from the input or the result goes through here.
 */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A number with at most `digits` decimals, written as the locale writes it (a decimal comma in Norwegian). */
export function decimal(value: number, locale: Locale, digits = 1): string {
  const factor = 10 ** digits;
  const text = String(Math.round(value * factor) / factor);
  return locale === "nb" ? text.replace(".", ",") : text;
}

/** A number for SVG coordinates: two decimals at most, never a locale's comma. */
export function coord(value: number): string {
  return String(Math.round(value * 100) / 100);
}
