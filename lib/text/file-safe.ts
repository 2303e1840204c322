// The one sanitiser for user text that leaves the app in a file people open in a terminal or an
// editor: setup and benchmark scripts, the checklist, the markdown, text, CSV and JSON exports.
// It removes control characters (C0 and C1, so ESC/BEL/OSC sequences), format characters (bidi
// embeddings, overrides and isolates, zero-width spaces and joiners, BOM, invisible tags) and
// the line and paragraph separators: all of them can hide, reorder or act on what a reader sees.
// Tab and newline survive where the format has room for them (notes).
//
// The create schema accepts exactly the text this function leaves unchanged (lib/builds/draft.ts),
// so an accepted build exports and re-imports as it was.

const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const UNSAFE_ALL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** Kept as they are in multiline text. */
const LAYOUT = "\t\n";
/** Line breaks in other spellings (CR, VT, FF, NEL, LS, PS): newlines in multiline text. */
const BREAKS = "\r\v\f\u0085\u2028\u2029";

export interface FileSafeOptions {
  /** Keep tab and newline (notes); otherwise they become spaces. */
  multiline?: boolean;
}

export function fileSafeText(text: string, { multiline = false }: FileSafeOptions = {}): string {
  if (!UNSAFE.test(text)) return text;
  const unified = multiline ? text.replace(/\r\n/g, "\n") : text;
  return unified.replace(UNSAFE_ALL, (ch) => {
    if (LAYOUT.includes(ch)) return multiline ? ch : " ";
    if (BREAKS.includes(ch)) return multiline ? "\n" : " ";
    return "";
  });
}

/** "U+202E" for the first character fileSafeText would change, or null when there is none. */
export function firstUnsafeChar(text: string, { multiline = false }: FileSafeOptions = {}): string | null {
  for (const match of text.matchAll(UNSAFE_ALL)) {
    const ch = match[0];
    if (multiline && LAYOUT.includes(ch)) continue;
    return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return null;
}

/**
 * JSON text with every character fileSafeText would remove written as a \u escape: the data is
 * unchanged for a parser, and nothing invisible reaches a terminal that prints the file.
 * JSON.stringify already escapes C0 inside strings; raw newlines are its own layout.
 */
export function escapeUnsafeInJson(json: string): string {
  return json.replace(UNSAFE_ALL, (ch) =>
    ch === "\n" ? ch : Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, "0")}`).join(""),
  );
}

/**
 * Every string in a plain value, sanitised; `multiline` names the fields that keep tabs and
 * newlines, or "all" for text of our own making (a checklist) that is laid out in lines.
 */
export function fileSafeDeep<T>(value: T, multilineKeys: ReadonlySet<string> | "all" = new Set(), key = ""): T {
  if (typeof value === "string") return fileSafeText(value, { multiline: multilineKeys === "all" || multilineKeys.has(key) }) as T;
  if (Array.isArray(value)) return value.map((v) => fileSafeDeep(v, multilineKeys, key)) as T;
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fileSafeDeep(v, multilineKeys, k);
    return out as T;
  }
  return value;
}
