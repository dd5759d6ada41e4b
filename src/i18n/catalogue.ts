// Message catalogues: ICU MessageFormat strings in data (knowledge/ui/<lang>.json, the lexicons' messages),
// compiled once and formatted with named parameters and plural rules. intl-messageformat lives here only.
import { IntlMessageFormat } from "intl-messageformat";

export type MessageParams = Record<string, string | number | boolean | Date | null | undefined>;

/** A catalogue in one language, with another (English) to fall back on for a message it lacks. */
export type Catalogue = {
  readonly language: string;
  /** The message `id` with its parameters; the fallback's when this language lacks it; the id itself when neither has it. */
  t(id: string, params?: MessageParams): string;
  has(id: string): boolean;
};

/** Compiles every message of a catalogue; the first that does not compile is returned as an error message. */
export function checkMessages(messages: Record<string, string>, language: string): string | undefined {
  // Parsed as the constructor parses them (same parser, same locale), without building a formatter for each:
  // every message of every language is checked at start-up, and most are never formatted.
  const parse = IntlMessageFormat.__parse;
  const locale = IntlMessageFormat.resolveLocale(language);
  for (const [id, text] of Object.entries(messages)) {
    try {
      if (parse) parse(text, { locale });
      else new IntlMessageFormat(text, language);
    } catch (e) {
      return `${id}: ${(e as Error).message}`;
    }
  }
  return undefined;
}

// A message compiled once per process, whichever catalogue asks (each engine, each profile of a notice and the
// channels' labels make catalogues of their own, in the same languages over the same texts). A formatter holds no
// state between calls. Bounded by the data: the languages' messages, a few thousand.
const formats = new Map<string, IntlMessageFormat>();
function formatOf(language: string, text: string): IntlMessageFormat {
  const key = `${language}\u0000${text}`;
  let m = formats.get(key);
  if (!m) formats.set(key, (m = new IntlMessageFormat(text, language, undefined, { ignoreTag: true })));
  return m;
}

/**
 * Creates a catalogue over `messages` (id → ICU string).
 *
 * @example
 * createCatalogue("en", { left: "{n, plural, one {# day} other {# days}} left" }).t("left", { n: 3 }) // → "3 days left"
 */
export function createCatalogue(language: string, messages: Record<string, string>, fallback?: Catalogue): Catalogue {
  const compiled = new Map<string, IntlMessageFormat>();
  const compile = (id: string): IntlMessageFormat | undefined => {
    let m = compiled.get(id);
    if (!m) {
      const text = messages[id];
      if (text === undefined) return undefined;
      m = formatOf(language, text);
      compiled.set(id, m);
    }
    return m;
  };
  return {
    language,
    has: (id) => id in messages,
    t(id, params) {
      const m = compile(id);
      if (!m) return fallback ? fallback.t(id, params) : id;
      const out = m.format(params as Record<string, string | number | boolean | Date | null | undefined>);
      return Array.isArray(out) ? out.join("") : String(out);
    },
  };
}
