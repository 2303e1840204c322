import { describe, expect, it } from "vitest";
import { clientAddress, clientKey } from "./client-address";

describe("clientAddress", () => {
  it("without trusted proxies takes the peer the hook appended, ignoring what the client claims", () => {
    expect(clientAddress("203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddress("1.2.3.4, 5.6.7.8, 203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("behind N proxies takes the entry N before the peer, so a forged prefix does not count", () => {
    // client 198.51.100.7 forged "6.6.6.6"; the load balancer appended the client; the hook appended the LB.
    expect(clientAddress("6.6.6.6, 198.51.100.7, 10.0.0.2", 1)).toBe("198.51.100.7");
    expect(clientAddress("6.6.6.6, 198.51.100.7, 10.0.0.3, 10.0.0.2", 2)).toBe("198.51.100.7");
  });

  it("falls back to the leftmost entry when fewer proxies than configured were in the path", () => {
    expect(clientAddress("10.0.0.2", 3)).toBe("10.0.0.2");
    expect(clientAddress(null, 0)).toBe("unknown");
    expect(clientAddress(" , ", 0)).toBe("unknown");
  });
});

describe("clientKey", () => {
  it("folds IPv4-mapped IPv6 to IPv4", () => {
    expect(clientKey("::ffff:127.0.0.1")).toBe("127.0.0.1");
  });

  it("groups IPv6 by /64, however the address is written", () => {
    expect(clientKey("2001:db8:0:1::1")).toBe("2001:db8:0:1::/64");
    expect(clientKey("2001:0db8:0000:0001:ffff:1:2:3")).toBe("2001:db8:0:1::/64");
    expect(clientKey("[2001:db8::5]:443")).toBe("2001:db8:0:0::/64");
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
    expect(clientKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });
});
