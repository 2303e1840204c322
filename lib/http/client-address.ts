/**
 * The client a request came from, read from X-Forwarded-For *after* the peer-address hook
 * (lib/http/peer-address-hook.ts) appended the TCP peer. `next start` only fills the header
 * when it is absent, so without the hook a client could name itself; with it, the last entry
 * is always the real peer, and each trusted proxy in front adds one entry before it.
 */
export function clientAddress(forwardedFor: string | null, trustedHops: number): string {
  const entries = (forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (entries.length === 0) return "unknown";
  // Fewer entries than hops means a proxy is missing; the leftmost is the best left.
  const picked = entries[Math.max(0, entries.length - 1 - trustedHops)]!;
  return clientKey(picked);
}

/**
 * One key per client: IPv4-mapped IPv6 folds to IPv4, and IPv6 to its /64, because a single
 * host usually owns a whole /64 and could otherwise rotate addresses to dodge a limit.
 */
export function clientKey(address: string): string {
  const unbracketed = address.replace(/^\[|\](?::\d+)?$/g, "");
  // An IPv6 zone ("fe80::1%eth0") names the local interface, not the client.
  const zone = unbracketed.indexOf("%");
  const bare = zone === -1 ? unbracketed : unbracketed.slice(0, zone);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return mapped[1]!;
  if (!bare.includes(":")) return bare;
  const [head = "", tail = ""] = bare.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = bare.includes("::") ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
