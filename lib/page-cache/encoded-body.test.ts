import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { bodyFor, chooseEncoding, encodeBody, etagMatches } from "./encoded-body";

describe("encoded bodies", () => {
  it("keeps identity, gzip and brotli copies that decode to the same bytes, with a content-derived ETag", async () => {
    const body = Buffer.from("<html>" + "build report ".repeat(5000) + "</html>");
    const entry = await encodeBody(body, "text/html; charset=utf-8", { "content-security-policy": "x" });
    expect(zlib.gunzipSync(entry.gzip)).toEqual(body);
    expect(zlib.brotliDecompressSync(entry.br)).toEqual(body);
    expect(entry.br.length).toBeLessThan(body.length / 10);
    expect(entry.bytes).toBeGreaterThan(body.length + entry.gzip.length + entry.br.length);
    expect(entry.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect((await encodeBody(Buffer.from(body), "text/html")).etag).toBe(entry.etag);
    expect((await encodeBody(Buffer.from("other"), "text/html")).etag).not.toBe(entry.etag);
    expect(bodyFor(entry, "identity")).toBe(body);
  });

  it("picks brotli, then gzip, then none, honouring q-values and *", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip, deflate")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("*;q=0, identity")).toBe("identity");
    expect(chooseEncoding("BR;Q=1")).toBe("br");
    expect(chooseEncoding("")).toBe("identity");
    expect(chooseEncoding(null)).toBe("identity");
    expect(chooseEncoding("gzip;q=0")).toBe("identity");
    expect(chooseEncoding(",".repeat(10_000) + "br")).toBe("identity"); // only the first entries count
  });

  it("matches If-None-Match lists, weak tags and *", () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x", W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches("*", '"abc"')).toBe(true);
    expect(etagMatches('"abd"', '"abc"')).toBe(false);
    expect(etagMatches(null, '"abc"')).toBe(false);
  });
});
