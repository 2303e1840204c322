import { describe, expect, it } from "vitest";
import { forwardedHeadersTrusted, requestOrigin } from "./request-origin";

const h = (entries: Record<string, string>) => new Headers(entries);

describe("requestOrigin", () => {
  it("uses the Host header, or a trusted proxy's forwarded host and protocol", () => {
    expect(requestOrigin(h({ host: "localhost:3000" }), false)).toBe("http://localhost:3000");
    expect(requestOrigin(h({ host: "10.0.0.5:3000", "x-forwarded-host": "box.example.org", "x-forwarded-proto": "https" }), true)).toBe("https://box.example.org");
    expect(requestOrigin(h({ host: "[::1]:3000" }), true)).toBe("http://[::1]:3000");
    expect(requestOrigin(h({ host: "a.example", "x-forwarded-proto": "https, http" }), true)).toBe("https://a.example");
  });

  it("ignores forwarded headers without a trusted proxy (TRUST_PROXY_HOPS=0)", () => {
    // Issue 13: og:url, exports and the setup script named whatever host a client sent.
    const forged = h({ host: "box.example:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(requestOrigin(forged, false)).toBe("http://box.example:3000");
    expect(forwardedHeadersTrusted({})).toBe(false);
    expect(forwardedHeadersTrusted({ TRUST_PROXY_HOPS: "1" })).toBe(true);
  });

  it("refuses anything that is not a plain host", () => {
    for (const host of ["", "evil.example/path", 'x"><script>', "user@host", "a..b"]) expect(requestOrigin(h({ host }), false), host).toBeNull();
    expect(requestOrigin(h({ host: "a.example", "x-forwarded-proto": "javascript" }), true)).toBeNull();
  });
});
