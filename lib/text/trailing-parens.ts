/**
 * "Name (inner)" with the parentheses last in the text, or null: found with lastIndexOf, in one
 * pass, where a regex such as /\s*\(([^)]*)\)\s*$/ retries from every "(" of a long line.
 */
export function splitTrailingParens(text: string): { name: string; inner: string } | null {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(")")) return null;
  const open = trimmed.lastIndexOf("(");
  if (open === -1) return null;
  const inner = trimmed.slice(open + 1, -1);
  return inner.includes(")") ? null : { name: trimmed.slice(0, open).trimEnd(), inner };
}
