// Everything user-supplied that reaches the script goes through one of these. Comments get a
// printable-ASCII subset on one line; values used in code get single quotes, inside which bash
// expands nothing.

import { fileSafeText } from "../text/file-safe";

const COMMENT_MAX = 100;
const VALUE_MAX = 200;


function cap(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 3).join("")}...`;
}

/** One comment-safe line: printable ASCII only, whitespace collapsed, at most `max` characters. */
export function commentText(text: string, max = COMMENT_MAX): string {
  const ascii = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .replace(/[^\x20-\x7e]/g, "?")
    .trim();
  return cap(ascii, max);
}

/** A display value for code: one line, no invisible characters, length-capped (Unicode kept). */
export function displayValue(text: string, max = VALUE_MAX): string {
  return cap(fileSafeText(text).replace(/\s+/g, " ").trim(), max);
}

/** Single-quotes a word for bash: 'it'\''s'. NUL cannot live in a bash string, so it is removed. */
export function shQuote(word: string): string {
  return `'${word.replace(/\0/g, "").replace(/'/g, `'\\''`)}'`;
}

const ANSI_C_ESCAPES: Record<string, string> = { "\\": "\\\\", "'": "\\'", $: "\\x24", "`": "\\x60" };

/**
 * A user-supplied value ready to paste into code: reduced, then single-quoted. Values with `$`
 * or a backtick use ANSI-C quoting ($'...') with those characters as hex escapes: just as inert,
 * and shellcheck does not mistake a literal '$(...)' for a forgotten expansion (SC2016).
 */
export function shValue(text: string, max = VALUE_MAX): string {
  const value = displayValue(text, max);
  if (!/[$`]/.test(value)) return shQuote(value);
  return `$'${value.replace(/[\\'$`]/g, (c) => ANSI_C_ESCAPES[c] ?? c)}'`;
}

/** Double-quoted form for our own constant text that must keep a literal `$` (e.g. "$PATH" in a profile file). */
export function shDoubleQuote(text: string): string {
  return `"${text.replace(/[\\"$`]/g, (c) => `\\${c}`)}"`;
}
