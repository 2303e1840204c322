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

/** Plain text of an inline cell: emphasis markers, escapes and entities removed. */
export function plainText(text: string): string {
  return text
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\\])[*_](\S(?:.*?\S)?)[*_](?=$|[\s|])/g, "$1$2")
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

const LINK = /^\[((?:\\.|[^\]\\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)(.*)$/;

/** Reads "[Name](url) (2-Way SLI)" or a plain-text cell. */
export function readLinkCell(cell: string): CellLink {
  const match = LINK.exec(cell.trim());
  if (!match) return { text: plainText(cell), url: null, rest: "" };
  return { text: plainText(match[1] ?? ""), url: match[2] ?? null, rest: plainText(match[3] ?? "") };
}
