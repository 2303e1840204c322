// RFC 4180 CSV: CRLF records, fields quoted when they hold a comma, quote, CR or LF.

// Spreadsheets run a cell starting with these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a single quote so Excel, LibreOffice and Sheets show the text instead of running it. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Writes rows of cells. Text cells are neutralised against formula injection; numeric cells
 * (typeof number) are written as-is so spreadsheets can sum them.
 */
export function writeCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows
    .map((row) => row.map((cell) => (typeof cell === "number" ? String(cell) : csvField(neutralizeFormula(cell)))).join(","))
    .map((line) => `${line}\r\n`)
    .join("");
}

export type CsvParseResult = { ok: true; rows: string[][] } | { ok: false; message: string };

/** Parses RFC 4180 text (also accepting bare LF line ends); blank lines are skipped. */
export function parseCsv(text: string): CsvParseResult {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
        const next = text.charAt(i + 1);
        if (next !== "" && next !== "," && next !== "\n" && next !== "\r") {
          return { ok: false, message: `Line ${line}: unexpected text after a closing quote.` };
        }
      } else {
        if (ch === "\n") line += 1;
        field += ch;
      }
    } else if (ch === '"' && field === "") {
      quoted = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text.charAt(i + 1) === "\n") i += 1;
      row.push(field);
      if (row.length > 1 || row[0] !== "") rows.push(row);
      row = [];
      field = "";
      line += 1;
    } else {
      field += ch;
    }
  }
  if (quoted) return { ok: false, message: `Line ${line}: a quoted field is never closed.` };
  row.push(field);
  if (row.length > 1 || row[0] !== "") rows.push(row);
  return { ok: true, rows };
}
