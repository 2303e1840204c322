import { describe, expect, it } from "vitest";
import { requestOrigin } from "./request-origin";

const h = (entries: Record<string, string>) => new Headers(entries);

describe("requestOrigin", () => {
  it("uses the Host header, or the proxy's forwarded host and protocol", () => {
    expect(requestOrigin(h({ host: "localhost:3000" }))).toBe("http://localhost:3000");
    expect(requestOrigin(h({ host: "10.0.0.5:3000", "x-forwarded-host": "box.example.org", "x-forwarded-proto": "https" }))).toBe("https://box.example.org");
    expect(requestOrigin(h({ host: "[::1]:3000" }))).toBe("http://[::1]:3000");
    expect(requestOrigin(h({ host: "a.example", "x-forwarded-proto": "https, http" }))).toBe("https://a.example");
  });

  it("refuses anything that is not a plain host", () => {
    for (const host of ["", "evil.example/path", 'x"><script>', "user@host", "a..b"]) expect(requestOrigin(h({ host })), host).toBeNull();
    expect(requestOrigin(h({ host: "a.example", "x-forwarded-proto": "javascript" }))).toBeNull();
  });
});
