// Markdown helpers shared by the export (escaping) and the PCPartPicker parser (reading cells).

const SPECIAL = /[\\`*_[\]|<>#]/g;

/** Escapes text for a table cell: no pipe, bracket or emphasis in a part name can break a row. */
export function escapeMarkdownCell(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(SPECIAL, "\\$&");
}

/** Splits a table row on pipes that are not backslash-escaped; outer pipes yield empty cells. */
export function splitTableRow(line: string): string[] {
  const cells: string[] = [];
  let current = "";
  for (let i = 0; i < line.length; i += 1) {
    const ch = line.charAt(i);
    if (ch === "\\" && i + 1 < line.length) {
      current += ch + line.charAt(i + 1);
      i += 1;
    } else if (ch === "|") {
      cells.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  cells.push(current.trim());
  return cells;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: " " };

const MARKER = "*_";
// What the regex's "." does not cross.
const LINE_BREAKS = "\n\r\u2028\u2029";
const isSpace = (ch: string) => ch !== "" && /\s/.test(ch);

/**
 * Removes single-character emphasis ("*word*", "_a b_") in one pass. An opener is an unescaped
 * marker before a non-space; its closer is a later marker on the same line after a non-space and
 * before a space, a pipe or the end. Done by hand because the equivalent regex,
 * /(^|[^\\])[*_](\S(?:.*?\S)?)[*_](?=$|[\s|])/g, rescans to the end from every opener.
 */
export function stripEmphasis(text: string): string {
  const n = text.length;
  // nextCloser[k]: the first closer at or after k on the same line, or -1.
  const nextCloser = new Int32Array(n + 2).fill(-1);
  for (let k = n - 1; k >= 0; k -= 1) {
    const ch = text.charAt(k);
    const closes = MARKER.includes(ch) && k > 0 && !isSpace(text.charAt(k - 1)) &&
      (k + 1 === n || isSpace(text.charAt(k + 1)) || text.charAt(k + 1) === "|");
    nextCloser[k] = LINE_BREAKS.includes(ch) ? -1 : closes ? k : nextCloser[k + 1]!;
  }
  let out = "";
  let copied = 0;
  // The regex consumes the character before an opener, so one cannot start right after a closer.
  let earliest = 0;
  for (let i = 0; i < n; i += 1) {
    if (i < earliest || !MARKER.includes(text.charAt(i))) continue;
    if (i > 0 && (text.charAt(i - 1) === "\\" || i - 1 < earliest)) continue;
    const first = text.charAt(i + 1);
    if (first === "" || isSpace(first)) continue;
    // The regex prefers content of two or more characters (its optional group is greedy, the
    // .*? inside it lazy): the first closer from i + 3, else one right at i + 2.
    const later = LINE_BREAKS.includes(text.charAt(i + 2)) ? -1 : (nextCloser[i + 3] ?? -1);
    const close = later !== -1 ? later : nextCloser[i + 2] === i + 2 ? i + 2 : -1;
    if (close === -1) continue;
    out += text.slice(copied, i) + text.slice(i + 1, close);
    copied = close + 1;
    earliest = close + 1;
    i = close;
  }
  return out + text.slice(copied);
}

/** Plain text of an inline cell: emphasis markers, escapes and entities removed. */
export function plainText(text: string): string {
  return stripEmphasis(text.replace(/(\*\*|__)(.+?)\1/g, "$2"))
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, "$1")
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

export interface CellLink {
  /** Link text, or the whole cell when it has no link. */
  text: string;
  url: string | null;
  /** Anything after the link, e.g. " (2-Way SLI)". */
  rest: string;
}

const isBreak = (ch: string) => ch !== "" && LINE_BREAKS.includes(ch);

/**
 * "[label](url "title")rest" as its three parts, or null: the grammar of the regex
 * /^\[((?:\\.|[^\]\\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)(.*)$/, read left to right
 * once (the regex shares the spaces around an empty URL between its \s* and is quadratic).
 */
export function parseLink(text: string): { label: string; url: string; rest: string } | null {
  if (!text.startsWith("[")) return null;
  let i = 1;
  for (;;) {
    const ch = text.charAt(i);
    if (ch === "" || ch === "]") break;
    if (ch === "\\") {
      if (isBreak(text.charAt(i + 1)) || text.charAt(i + 1) === "") return null;
      i += 2;
    } else i += 1;
  }
  if (text.charAt(i) !== "]" || text.charAt(i + 1) !== "(") return null;
  const label = text.slice(1, i);
  const open = i + 2;
  const start = spacesFrom(text, open);
  const tail = (at: number) => {
    if (text.charAt(at) !== ")") return null;
    const rest = text.slice(at + 1);
    for (const ch of rest) if (isBreak(ch)) return null;
    return rest;
  };
  // The URL as long as it goes, then an optional title after at least one space.
  let at = text.charAt(start) === "<" ? start + 1 : start;
  const urlStart = at;
  while (at < text.length && !")>".includes(text.charAt(at)) && !isSpace(text.charAt(at))) at += 1;
  const url = text.slice(urlStart, at);
  if (text.charAt(at) === ">") at += 1;
  const afterUrl = at;
  at = spacesFrom(text, at);
  if (at > afterUrl) at = afterTitle(text, at) ?? at;
  const rest = tail(at);
  if (rest !== null) return { label, url, rest };
  // An empty URL: the spaces after "(" lead straight into a title ("[x]( "t")").
  if (start > open) {
    const end = afterTitle(text, start);
    const emptyRest = end === null ? null : tail(end);
    if (emptyRest !== null) return { label, url: "", rest: emptyRest };
  }
  return null;
}

function spacesFrom(text: string, at: number): number {
  while (isSpace(text.charAt(at))) at += 1;
  return at;
}

/** After a "quoted" title at `at` and the spaces that follow it, or null when there is none. */
function afterTitle(text: string, at: number): number | null {
  if (text.charAt(at) !== '"') return null;
  const close = text.indexOf('"', at + 1);
  return close === -1 ? null : spacesFrom(text, close + 1);
}

/** Reads "[Name](url) (2-Way SLI)" or a plain-text cell. */
export function readLinkCell(cell: string): CellLink {
  const link = parseLink(cell.trim());
  if (!link) return { text: plainText(cell), url: null, rest: "" };
  return { text: plainText(link.label), url: link.url, rest: plainText(link.rest) };
}
