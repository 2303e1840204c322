import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { ENCODING_HEADER, installEncodedResponseHook } from "../http/encoded-response-hook";
import { encodeBody } from "../page-cache/encoded-body";
import { cachedOrMade, cachedResponse } from "./page-cache";

const page = (text: string) => encodeBody(Buffer.from(text), "text/html; charset=utf-8", { "content-security-policy": "script-src 'sha256-x'" });

describe("page cache service", () => {
  it("makes a page once for concurrent misses on one key, then serves the stored copy", async () => {
    let made = 0;
    const make = async () => {
      made += 1;
      await new Promise((r) => setTimeout(r, 20));
      return page("<p>v1</p>");
    };
    const key = { group: "page:/b/single-flight", version: "v1" };
    const results = await Promise.all(Array.from({ length: 10 }, () => cachedOrMade(key, make)));
    expect(made).toBe(1);
    expect(new Set(results).size).toBe(1);
    expect(await cachedOrMade(key, make)).toBe(results[0]);
    expect(made).toBe(1);
    // A new version is made anew.
    await cachedOrMade({ ...key, version: "v2" }, make);
    expect(made).toBe(2);
  });

  it("does not remember a page that could not be made", async () => {
    let calls = 0;
    const key = { group: "page:/b/declined", version: "v1" };
    expect(await cachedOrMade(key, async () => (calls++, null))).toBeNull();
    expect(await cachedOrMade(key, async () => (calls++, null))).toBeNull();
    expect(calls).toBe(2);
  });

  it("answers 304 for the browser's copy, the entry's headers, HEAD without a body, and compressed bytes only once the hook is in", async () => {
    const entry = await page("<p>" + "report ".repeat(2000) + "</p>");
    const base = { method: "GET", headers200: { "cache-control": "no-cache", vary: "accept-encoding" } };
    const plain = cachedResponse(entry, { ...base, headers: new Headers({ "accept-encoding": "br" }) });
    // Without the hook Next would drop Content-Encoding, so the body goes out as is.
    expect(plain.headers.get(ENCODING_HEADER)).toBeNull();
    expect(await plain.text()).toBe(entry.identity.toString());
    expect(plain.headers.get("content-security-policy")).toBe("script-src 'sha256-x'");
    expect(plain.headers.get("etag")).toBe(entry.etag);

    installEncodedResponseHook();
    const br = cachedResponse(entry, { ...base, headers: new Headers({ "accept-encoding": "gzip, br" }) });
    expect(br.headers.get(ENCODING_HEADER)).toBe("br");
    expect(zlib.brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(entry.identity.toString());

    const notModified = cachedResponse(entry, { ...base, headers: new Headers({ "if-none-match": entry.etag }) });
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBeNull();
    const head = cachedResponse(entry, { ...base, method: "HEAD", headers: new Headers() });
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
  });
});
