import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installPeerAddressHook, peerAddressHookInstalled } from "./peer-address-hook";
import { writeClientKey } from "./write-limit";

// A real Node server, as under `next start`: what the request handler sees once the hook is in.
describe("peer address hook", () => {
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    expect(peerAddressHookInstalled()).toBe(false);
    // Without the hook, no header is trusted: every client shares one key.
    const forged = new Request("http://x/", { headers: { "x-forwarded-for": "203.0.113.5" } });
    expect(writeClientKey(forged, 0)).toBe("unverified-peer");

    installPeerAddressHook();
    installPeerAddressHook(); // idempotent: a second call must not append the peer twice
    server = http.createServer((req, res) => res.end(JSON.stringify(req.headers["x-forwarded-for"] ?? null)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const seen = async (headers: Record<string, string>) => (await fetch(url, { headers })).json();

  it("appends the TCP peer to whatever X-Forwarded-For the client sent", async () => {
    expect(await seen({})).toBe("127.0.0.1");
    expect(await seen({ "x-forwarded-for": "6.6.6.6" })).toBe("6.6.6.6, 127.0.0.1");
  });

  it("so a forged header cannot change the limiter's key without a trusted proxy", async () => {
    const key = async (headers: Record<string, string>) =>
      writeClientKey(new Request(url, { headers: { "x-forwarded-for": await seen(headers) } }), 0);
    expect(await key({ "x-forwarded-for": "6.6.6.6" })).toBe("127.0.0.1");
    expect(await key({ "x-forwarded-for": "1.1.1.1, 2.2.2.2" })).toBe("127.0.0.1");
  });
});
