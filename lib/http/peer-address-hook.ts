import diagnostics from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { REFUSED_METHOD_HEADER } from "./refused-method";

// Node publishes every incoming request here before the server's request handler sees it.
const CHANNEL = "http.server.request.start";
const INSTALLED = Symbol.for("dl-box-planner.peer-address-hook");

/** Appends the TCP peer to X-Forwarded-For, as a reverse proxy would; see client-address.ts. */
export function appendPeer(request: IncomingMessage, socket: Socket): void {
  const peer = socket.remoteAddress ?? "unknown";
  const forwarded = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
}

// new Request() throws for these (Fetch's forbidden methods), so Next answers them 500 before
// any of our code runs. They become GETs marked with the original method instead.
const FORBIDDEN_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

export function markForbiddenMethod(request: IncomingMessage): void {
  delete request.headers[REFUSED_METHOD_HEADER];
  const method = (request.method ?? "").toUpperCase();
  if (!FORBIDDEN_METHODS.has(method)) return;
  request.headers[REFUSED_METHOD_HEADER] = method;
  request.method = "GET";
}

/** Installs the hook once per process (instrumentation.ts calls it at server start). */
export function installPeerAddressHook(): void {
  const flags = globalThis as Record<symbol, unknown>;
  if (flags[INSTALLED]) return;
  diagnostics.subscribe(CHANNEL, (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    appendPeer(request, socket);
    markForbiddenMethod(request);
  });
  flags[INSTALLED] = true;
}

export function peerAddressHookInstalled(): boolean {
  return Boolean((globalThis as Record<symbol, unknown>)[INSTALLED]);
}
