/**
 * Helpers for comparing what sammen says in two locales: the same value with every `message`
 * taken out, and the messages side by side.
 */
import { expect } from "vitest";

/** The digit runs of a text, sorted: the figures (counts, limits, sizes, ids' digits) it carries. */
export function figures(text: string): string[] {
  return (text.match(/\d+/g) ?? []).sort();
}

/** Every `message` string found in a value, by the path where it stands. */
function messages(value: unknown, at = "", out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) value.forEach((item, i) => messages(item, `${at}[${i}]`, out));
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === "message" && typeof item === "string") out.set(`${at}.message`, item);
      else messages(item, `${at}.${key}`, out);
    }
  }
  return out;
}

/** A deep copy without any `message` string, so two locales' values can be compared whole. */
export function withoutMessages(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutMessages);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key, item]) => !(key === "message" && typeof item === "string")).map(([key, item]) => [key, withoutMessages(item)]));
}

/**
 * The same value in English and in Norwegian: equal but for the messages, every message written
 * in each (not empty, not the English left untranslated) and carrying the same figures.
 * @returns how many message pairs were compared
 */
export function expectSameSayingInBothLocales(en: unknown, nb: unknown): number {
  expect(withoutMessages(nb)).toEqual(withoutMessages(en));
  const english = messages(en);
  const norwegian = messages(nb);
  expect([...norwegian.keys()]).toEqual([...english.keys()]);
  for (const [path, text] of english) {
    const other = norwegian.get(path) ?? "";
    expect(text.trim(), path).not.toBe("");
    expect(other.trim(), path).not.toBe("");
    expect(other, `${path} is not translated`).not.toBe(text);
    expect({ path, figures: figures(other) }, `${text}\n${other}`).toEqual({ path, figures: figures(text) });
  }
  return english.size;
}
