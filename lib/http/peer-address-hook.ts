import diagnostics from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

// Node publishes every incoming request here before the server's request handler sees it.
const CHANNEL = "http.server.request.start";
const INSTALLED = Symbol.for("dl-box-planner.peer-address-hook");

/** Appends the TCP peer to X-Forwarded-For, as a reverse proxy would; see client-address.ts. */
export function appendPeer(request: IncomingMessage, socket: Socket): void {
  const peer = socket.remoteAddress ?? "unknown";
  const forwarded = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
}

/** Installs the hook once per process (instrumentation.ts calls it at server start). */
export function installPeerAddressHook(): void {
  const flags = globalThis as Record<symbol, unknown>;
  if (flags[INSTALLED]) return;
  diagnostics.subscribe(CHANNEL, (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    appendPeer(request, socket);
  });
  flags[INSTALLED] = true;
}

export function peerAddressHookInstalled(): boolean {
  return Boolean((globalThis as Record<symbol, unknown>)[INSTALLED]);
}
