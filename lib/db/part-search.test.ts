import { describe, expect, it } from "vitest";
import { queryWords } from "../parts/search-terms";
import { fts5Expression, tsqueryExpression } from "./part-search";

describe("full-text query expressions", () => {
  it("quote every word, and try a compound's segments as an alternative", () => {
    expect(fts5Expression(queryWords("GTX1080Ti and"))).toBe('("gtx1080ti" OR ("gtx" AND "1080" AND "ti")) AND "and"');
    expect(tsqueryExpression(queryWords("GTX1080Ti and"))).toBe("(gtx1080ti | (gtx & 1080 & ti)) & and");
  });

  it("cannot carry query syntax: punctuation never reaches the expression", () => {
    const hostile = queryWords(`" OR 1=1; -- NEAR(a b) ) & | ! :* 'x'`);
    for (const { word, segments } of hostile) for (const w of [word, ...segments]) expect(w).toMatch(/^[a-z0-9]+$/);
    expect(() => fts5Expression([{ word: 'a"b', segments: [] }])).toThrow(/not \[a-z0-9\]\+/);
  });
});
