import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseLink, stripEmphasis } from "./markdown-text";
import { linkTexts } from "./pcpp-price";
import { splitTrailingParens } from "../text/trailing-parens";
import { splitLabel } from "./pcpp-rows";

// The hand-written scanners replace regexes that were quadratic on hostile input. On short
// strings the old regexes are fast, so each scanner is checked against its regex over strings
// drawn from the characters that matter to it.
const text = (chars: string) => fc.string({ unit: fc.constantFrom(...chars.split("")), maxLength: 24 });

describe("linear scanners agree with the regexes they replace", () => {
  it("stripEmphasis", () => {
    const old = (s: string) => s.replace(/(^|[^\\])[*_](\S(?:.*?\S)?)[*_](?=$|[\s|])/g, "$1$2");
    fc.assert(fc.property(text("*_ a\\|\n\t"), (s) => { expect(stripEmphasis(s)).toBe(old(s)); }), { numRuns: 20_000 });
  });

  it("linkTexts", () => {
    const old = (s: string) => s.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
    fc.assert(fc.property(text("[]()a "), (s) => { expect(linkTexts(s)).toBe(old(s)); }), { numRuns: 20_000 });
  });

  it("splitLabel", () => {
    const old = (s: string) => {
      const m = /^(.+?):\s+(.+)$/.exec(s);
      return m ? { label: m[1], value: m[2]!.trimStart() } : null;
    };
    // Values that are only spaces are the one place the scanner differs (it refuses them).
    const arb = text(":a \t").filter((s) => !/:\s+$/.test(s.replace(/^[^:]*:(?!\s)/, "")));
    fc.assert(fc.property(arb, (s) => { expect(splitLabel(s)).toEqual(old(s)); }), { numRuns: 20_000 });
  });

  it("splitTrailingParens", () => {
    const old = (s: string) => {
      const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(s);
      return m ? { name: m[1], inner: m[2] } : null;
    };
    fc.assert(fc.property(text("()a \t"), (s) => { expect(splitTrailingParens(s)).toEqual(old(s)); }), { numRuns: 20_000 });
  });

  it("parseLink", () => {
    const old = (s: string) => {
      const m = /^\[((?:\\.|[^\]\\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)(.*)$/.exec(s);
      return m ? { label: m[1], url: m[2], rest: m[3] } : null;
    };
    fc.assert(fc.property(text('[]()<>" \\\na'), (s) => { expect(parseLink(s)).toEqual(old(s)); }), { numRuns: 50_000 });
    fc.assert(fc.property(fc.tuple(text('a\\]'), text('<> a"'), text(" )a")), ([a, b, c]) => {
      const s = `[${a}](${b}${c}`;
      expect(parseLink(s)).toEqual(old(s));
    }), { numRuns: 50_000 });
  });
});
