/**
 * Build and part names are user input. In the generated script they only ever appear as
 * single-quoted data or in comments reduced to a harmless character set, so nothing a user
 * types can run.
 */
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/g;

/** A bash single-quoted word: the only special character inside is the quote itself. */
export function shellQuote(value: string): string {
  return `'${value.replace(CONTROL_CHARS, " ").replace(/'/g, `'\\''`)}'`;
}

/** Text for a `#` comment line: letters, digits and a few punctuation marks, at most 100 chars. */
export function commentSafe(value: string): string {
  return value.replace(/[^A-Za-z0-9 ._,:()+-]/g, "_").slice(0, 100);
}

/** A field of the embedded plan table: ids, kinds, units and numbers only. */
export function planField(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return "-";
  return String(value).replace(/[^A-Za-z0-9._/-]/g, "_") || "-";
}
