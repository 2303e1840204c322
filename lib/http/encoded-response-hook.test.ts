import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodedResponsesSupported, ENCODING_HEADER, installEncodedResponseHook } from "./encoded-response-hook";

// A real Node server, as under `next start`: headers set the way Next copies a proxy.ts or route
// handler Response (setHeader / appendHeader), and an on-the-fly compressor that, like Next's,
// leaves alone a response that already has a Content-Encoding when its headers go out.
describe("encoded response hook", () => {
  let server: http.Server;
  let url: string;
  const body = zlib.brotliCompressSync(Buffer.from("hello ".repeat(1000)));

  beforeAll(async () => {
    expect(encodedResponsesSupported()).toBe(false);
    installEncodedResponseHook();
    installEncodedResponseHook();
    expect(encodedResponsesSupported()).toBe(true);
    server = http.createServer((req, res) => {
      const mode = new URL(req.url!, "http://x").searchParams.get("mode");
      if (mode === "append") res.appendHeader(ENCODING_HEADER, "br");
      else if (mode === "set") res.setHeader(ENCODING_HEADER, "br");
      res.setHeader("content-type", "text/plain");
      if (mode === "plain") return res.end("plain ".repeat(1000));
      const compress = !res.getHeader("content-encoding");
      res.end(compress ? zlib.gzipSync(body) : body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("turns the marker header into Content-Encoding whichever way it is set, so the body is sent as is", async () => {
    for (const mode of ["set", "append"]) {
      const response = await fetch(`${url}?mode=${mode}`, { headers: { "accept-encoding": "br" } });
      expect(response.headers.get("content-encoding")).toBe("br");
      expect(response.headers.has(ENCODING_HEADER)).toBe(false);
      expect(await response.text()).toBe("hello ".repeat(1000)); // fetch decoded the brotli body once
    }
  });

  it("leaves other responses alone", async () => {
    const response = await fetch(`${url}?mode=plain`);
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(await response.text()).toBe("plain ".repeat(1000));
  });
});
