import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { THEME_INIT_SCRIPT } from "../../components/theme-script";
import { cachedPagePolicy, newNonce, pagePolicy } from "./csp";

describe("page Content-Security-Policy", () => {
  it("allows scripts only by this response's nonce, the theme script's hash and what they load", () => {
    const policy = pagePolicy("abc123");
    const scriptSrc = /script-src ([^;]+)/.exec(policy)![1]!.split(" ");
    const themeHash = `'sha256-${createHash("sha256").update(THEME_INIT_SCRIPT).digest("base64")}'`;
    expect(scriptSrc).toEqual(["'self'", "'nonce-abc123'", themeHash, "'strict-dynamic'"]);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("adds 'unsafe-eval' for React's development build only", () => {
    expect(pagePolicy("n", true)).toMatch(/script-src [^;]*'unsafe-eval'/);
  });

  it("draws a fresh 128-bit nonce each time", () => {
    const nonces = Array.from({ length: 100 }, newNonce);
    expect(new Set(nonces).size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it("gives a cached page no nonce: only its scripts' hashes and what they load", () => {
    const hashes = ["'sha256-QGYqPuOtN2mHZKXEh395ZdtRg8AaapYBCb+xRnLMRL4='", "'sha256-7mu4H06fwDCjmnxxr/xNHyuQC6pLTHr4M2E4jXw5WZs='"];
    const policy = cachedPagePolicy(hashes);
    expect(/script-src ([^;]+)/.exec(policy)![1]!.split(" ")).toEqual(["'self'", ...hashes, "'strict-dynamic'"]);
    expect(policy).not.toMatch(/nonce|unsafe-eval/);
    // Everything but script-src is the per-request policy's.
    const rest = (p: string) => p.split("; ").filter((d) => !d.startsWith("script-src"));
    expect(rest(policy)).toEqual(rest(pagePolicy("n")));
  });

  it("refuses anything but sha256 sources in a cached page's policy (no way to smuggle 'unsafe-inline')", () => {
    expect(() => cachedPagePolicy([])).toThrow();
    expect(() => cachedPagePolicy(["'unsafe-inline'"])).toThrow();
    expect(() => cachedPagePolicy(["'sha256-abc=' 'unsafe-inline'"])).toThrow();
  });
});
