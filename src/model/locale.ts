/** The languages sammen writes its texts in: Norwegian bokmål and English. (No zod here: the worker API's page side reads it.) */
export const LOCALES = ["en", "nb"] as const;

/** A language of sammen's texts; codes, paths and ids are the same in every one. */
export type Locale = (typeof LOCALES)[number];

/** English unless a caller asks for another: the texts tests and goldens were written against. */
export const DEFAULT_LOCALE: Locale = "en";

/**
 * The locale a caller asked for, or the default for anything else (a function that must not throw,
 * such as `check`, reads a mistyped option as no option).
 */
export function localeOf(options: unknown): Locale {
  if (typeof options !== "object" || options === null) return DEFAULT_LOCALE;
  try {
    const locale: unknown = (options as { locale?: unknown }).locale;
    return (LOCALES as readonly unknown[]).includes(locale) ? (locale as Locale) : DEFAULT_LOCALE;
  } catch {
    // A getter or Proxy that throws is the caller's; it never escapes.
    return DEFAULT_LOCALE;
  }
}
