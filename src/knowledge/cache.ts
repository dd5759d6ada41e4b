// What the knowledge loader validated before, by the bytes it validated: a file whose bytes were checked by this
// same code is not checked again at the next start-up (the schemas, the message catalogues and the time zones
// were most of a start-up with 24 lexicons). The key of an entry is a hash of what was checked and of the file's
// bytes, and the cache file's name a hash of the checking code and the libraries it uses: a file changed in any
// way, or a change of the code, is checked in full, so a bad file still stops start-up with its one line.
// The cache is a convenience: a folder that cannot be read or written is a cache that is empty.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export type ValidationCache = {
  /** The value `validate` makes of `raw` (checked as `kind`); kept from an earlier run when these bytes were checked as that before. */
  get<T>(kind: string, raw: string, validate: () => T): T;
  /** Writes what this load checked, when something was checked anew (or an entry went out of use). */
  save(): void;
};

/** The folder the cache is kept in by default: the user's cache folder (XDG_CACHE_HOME, else ~/.cache). */
export function defaultCacheDir(): string | undefined {
  try {
    return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "vacancy-bot");
  } catch {
    return undefined;
  }
}

/** The sources whose code decides what is valid, and the libraries and runtime they check with. */
const CODE = ["./schema", "./load", "./cache", "../i18n/catalogue", "../time/zones", "./text"];
const LIBRARIES = ["zod", "intl-messageformat", "@formatjs/icu-messageformat-parser", "luxon"];

let fingerprint: string | undefined;
function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash("sha256").update(`${process.version} ${process.versions.icu ?? ""} ${process.versions.tz ?? ""}\n`);
  const ext = import.meta.url.endsWith(".ts") ? ".ts" : ".js";
  for (const file of CODE) hash.update(readFileSync(fileURLToPath(new URL(`${file}${ext}`, import.meta.url))));
  const require = createRequire(import.meta.url);
  for (const name of LIBRARIES) {
    let version = "?";
    try {
      version = (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { version?: string }).version ?? "?";
    } catch {
      // A library that does not say its version: the code's own hash still keys the cache.
    }
    hash.update(`${name}@${version}\n`);
  }
  fingerprint = hash.digest("hex").slice(0, 24);
  return fingerprint;
}

/** An entry file no load has written for this long is removed (a build long gone). */
const STALE_MS = 7 * 86_400_000;

/**
 * Opens the validation cache kept in `dir` (nothing is kept without one).
 *
 * @example
 * const cache = openValidationCache("/tmp/cache");
 * cache.get("words", raw, () => parse(raw)); // checked once, then read from the cache
 * cache.save();
 */
export function openValidationCache(dir: string | undefined): ValidationCache {
  let file: string | undefined;
  let entries: Record<string, unknown> = {};
  try {
    if (dir) {
      file = join(dir, `knowledge-${codeFingerprint()}.json`);
      entries = (JSON.parse(readFileSync(file, "utf8")) as { entries?: Record<string, unknown> }).entries ?? {};
    }
  } catch {
    entries = {};
  }
  const used: Record<string, unknown> = {};
  let changed = false;
  return {
    get<T>(kind: string, raw: string, validate: () => T): T {
      const key = createHash("sha256").update(kind).update("\0").update(raw).digest("base64url");
      if (key in used) return structuredClone(used[key]) as T;
      if (key in entries) {
        used[key] = entries[key];
        return entries[key] as T;
      }
      const value = validate();
      // Kept as JSON reads it back (what is validated is JSON data), so a later run gets what this one got.
      used[key] = JSON.parse(JSON.stringify(value));
      changed = true;
      return value;
    },
    save() {
      if (!file || !dir) return;
      if (!changed && Object.keys(used).length === Object.keys(entries).length) return;
      try {
        mkdirSync(dir, { recursive: true });
        const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
        writeFileSync(temporary, JSON.stringify({ entries: used }));
        renameSync(temporary, file);
        const now = Date.now();
        for (const name of readdirSync(dir)) {
          const other = join(dir, name);
          if (other !== file && name.startsWith("knowledge-") && now - statSync(other).mtimeMs > STALE_MS) rmSync(other, { force: true });
        }
      } catch {
        // A folder that cannot be written: the next start-up checks everything again.
      }
    },
  };
}
