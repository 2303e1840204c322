import { describe, expect, it } from "vitest";
import { ConfigError } from "./database-url";
import { checkWriteLimitConfig, parsePickerCheckBudget, parseTrustProxyHops, parseWriteRateLimit } from "./write-limits";

describe("write limit configuration", () => {
  it("defaults to 60 writes a minute and no trusted proxies", () => {
    expect(parseWriteRateLimit(undefined)).toBe(60);
    expect(parseWriteRateLimit("  ")).toBe(60);
    expect(parseTrustProxyHops(undefined)).toBe(0);
  });

  it("reads whole numbers; 0 turns the limit off", () => {
    expect(parseWriteRateLimit("1000000")).toBe(1_000_000);
    expect(parseWriteRateLimit("0")).toBe(0);
    expect(parseTrustProxyHops("2")).toBe(2);
  });

  it.each(["-1", "1.5", "sixty", "1e3", "0x10"])("refuses WRITE_RATE_LIMIT_PER_MINUTE=%s", (value) => {
    expect(() => parseWriteRateLimit(value)).toThrow(ConfigError);
    expect(() => checkWriteLimitConfig({ WRITE_RATE_LIMIT_PER_MINUTE: value })).toThrow(/WRITE_RATE_LIMIT_PER_MINUTE/);
  });

  it.each(["-1", "11", "one"])("refuses TRUST_PROXY_HOPS=%s", (value) => {
    expect(() => checkWriteLimitConfig({ TRUST_PROXY_HOPS: value })).toThrow(/TRUST_PROXY_HOPS "[^"]*" is not a whole number from 0 to 10/);
  });

  it("checks 2,000 parts per compatible-parts request unless PICKER_CHECK_BUDGET says otherwise, at least 1", () => {
    expect(parsePickerCheckBudget(undefined)).toBe(2000);
    expect(parsePickerCheckBudget("25")).toBe(25);
    for (const value of ["0", "100001", "-5", "lots"]) {
      expect(() => checkWriteLimitConfig({ PICKER_CHECK_BUDGET: value })).toThrow(/PICKER_CHECK_BUDGET "[^"]*" is not a whole number from 1 to 100000/);
    }
  });
});
