import { importFailure, type ImportFailure } from "./errors";

/** Largest pasted or uploaded text accepted by the importers (1 MiB of UTF-8). */
export const MAX_IMPORT_BYTES = 1024 * 1024;

// C0 controls other than tab, LF, FF and CR, plus DEL and C1 controls: real part lists never
// contain them, binary files (images, archives, spreadsheets) almost always do.
const BINARY_CHAR = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;

/**
 * Rejects input no importer should try to read. Returns null when the text is acceptable.
 * Counts UTF-8 bytes, not UTF-16 code units, so the limit matches what the server received.
 */
export function checkImportText(text: unknown, maxBytes = MAX_IMPORT_BYTES): ImportFailure | null {
  if (typeof text !== "string") return importFailure("empty", "Expected text to import.");
  // Cheap pre-check before encoding: every character is at least one byte.
  if (text.length > maxBytes || new TextEncoder().encode(text).length > maxBytes) {
    return importFailure("too_large", `The text is larger than ${Math.round(maxBytes / 1024)} KiB.`);
  }
  const binary = BINARY_CHAR.exec(text);
  if (binary) {
    const code = binary[0].charCodeAt(0).toString(16).padStart(4, "0");
    return importFailure("binary", `The text contains a control character (U+${code.toUpperCase()}); is this a binary file?`);
  }
  if (text.trim() === "") return importFailure("empty", "Nothing to import: the text is empty.");
  return null;
}

/** Unifies line endings and invisible spacing so parsers can use plain regexes. */
export function normalizeImportText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u202F\u2007]/g, " ")
    .replace(/[\u200B-\u200D\u2060]/g, "");
}
