import { describe, expect, it } from "vitest";
import { jsonDepth, parseUntrustedJson, UnsafeJsonError } from "./untrusted-json";

describe("parseUntrustedJson", () => {
  it("parses ordinary JSON unchanged", () => {
    const text = '{"name":"Box ü 🚀","items":[{"quantity":2,"tags":["a",null,true]}],"n":-1.5e3}';
    expect(parseUntrustedJson(text)).toEqual(JSON.parse(text));
  });

  it.each([
    ['{"name":"a\\u0000b"}', /NUL/],
    ['{"a\\u0000":1}', /NUL/],
    ['["\\ud800"]', /surrogate/],
    ['{"x":{"y":["\\udfff!"]}}', /surrogate/],
    ['{"__proto__":{"polluted":true}}', /__proto__/],
    ['{"items":[{"constructor":{"prototype":{"polluted":true}}}]}', /constructor|prototype/],
    ['{"a":{"prototype":1}}', /prototype/],
  ])("refuses %s", (text, message) => {
    expect(() => parseUntrustedJson(text)).toThrow(UnsafeJsonError);
    expect(() => parseUntrustedJson(text)).toThrow(message);
  });

  it("keeps a well-formed surrogate pair and never touches Object.prototype", () => {
    expect(parseUntrustedJson('"\\ud83d\\ude80"')).toBe("🚀");
    expect(() => parseUntrustedJson('{"__proto__":{"polluted":true}}')).toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("still throws SyntaxError for malformed JSON", () => {
    expect(() => parseUntrustedJson("{")).toThrow(SyntaxError);
  });

  it("refuses nesting deeper than 64 levels before parsing, counting brackets outside strings only", () => {
    const nest = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
    expect(parseUntrustedJson(nest(64))).toBeDefined();
    expect(() => parseUntrustedJson(nest(65))).toThrow(UnsafeJsonError);
    expect(() => parseUntrustedJson(nest(1_000_000))).toThrow("JSON nested deeper than 64 levels is not accepted");
    expect(parseUntrustedJson(JSON.stringify({ text: "[".repeat(1000) + '\\"{' }))).toEqual({ text: "[".repeat(1000) + '\\"{' });
    expect(jsonDepth('{"a": [{"b": "]]]"}]}')).toBe(3);
  });
});
