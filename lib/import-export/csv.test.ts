import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutralizeFormula, parseCsv, writeCsv } from "./csv";

describe("writeCsv", () => {
  it("quotes per RFC 4180 and ends records with CRLF", () => {
    expect(writeCsv([["a", 'say "hi"', "x,y", "line\nbreak", 3]])).toBe('a,"say ""hi""","x,y","line\nbreak",3\r\n');
  });

  it.each(["=1+2", "+cmd", "-2+3", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://evil")'])("neutralises %j", (cell) => {
    const out = writeCsv([[cell]]);
    const parsed = parseCsv(out);
    expect(parsed.ok && parsed.rows[0]?.[0]).toBe(`'${cell}`);
  });

  it("leaves ordinary text alone", () => {
    expect(neutralizeFormula("RTX 4090")).toBe("RTX 4090");
    expect(neutralizeFormula("a=b")).toBe("a=b");
  });
});

describe("parseCsv", () => {
  it("reads back what writeCsv writes", () => {
    const safe = fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(safe, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const parsed = parseCsv(writeCsv(rows));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.rows).toEqual(rows);
      }),
    );
  });

  it("accepts bare LF line ends and skips blank lines", () => {
    expect(parseCsv("a,b\n\nc,d\n")).toEqual({ ok: true, rows: [["a", "b"], ["c", "d"]] });
  });

  it("reports unclosed quotes and text after a closing quote", () => {
    expect(parseCsv('a,"b\n')).toMatchObject({ ok: false, message: expect.stringContaining("never closed") });
    expect(parseCsv('"a"b,c')).toMatchObject({ ok: false, message: expect.stringContaining("Line 1") });
  });
});
