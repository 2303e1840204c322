import { describe, expect, it } from "vitest";
import { crossSiteReason } from "./same-origin";

const h = (entries: Record<string, string>) => new Headers(entries);

describe("crossSiteReason", () => {
  it("lets the app's own pages and non-browser clients through", () => {
    expect(crossSiteReason(h({ host: "box.example:3000", origin: "http://box.example:3000" }), false)).toBeNull();
    expect(crossSiteReason(h({ host: "Box.Example:3000", origin: "http://box.example:3000", "sec-fetch-site": "same-origin" }), false)).toBeNull();
    expect(crossSiteReason(h({ host: "box.example" }), false)).toBeNull();
  });

  it("refuses another host, an opaque origin and a cross-site fetch", () => {
    // Issue 13: a form on any page could make its visitors' browsers fork builds.
    expect(crossSiteReason(h({ host: "box.example", origin: "https://evil.example" }), false)).toBe("it came from evil.example, not box.example");
    expect(crossSiteReason(h({ host: "box.example", origin: "http://box.example:8080" }), false)).toMatch(/box\.example:8080/);
    expect(crossSiteReason(h({ host: "box.example", origin: "null" }), false)).toMatch(/without an origin/);
    expect(crossSiteReason(h({ host: "box.example", "sec-fetch-site": "cross-site" }), false)).toMatch(/another site/);
    expect(crossSiteReason(h({ host: "box.example", origin: "not a url" }), false)).toMatch(/not a URL/);
  });

  it("compares with the forwarded host only behind a trusted proxy", () => {
    const headers = h({ host: "10.0.0.5:3000", "x-forwarded-host": "box.example", origin: "https://box.example" });
    expect(crossSiteReason(headers, true)).toBeNull();
    expect(crossSiteReason(headers, false)).not.toBeNull();
  });
});
