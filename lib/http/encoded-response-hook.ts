import diagnostics from "node:diagnostics_channel";
import type { ServerResponse } from "node:http";

// Next drops Content-Encoding from the responses of proxy.ts and route handlers (it assumes a
// fetch() body that was already decoded: next/dist/server/send-response.js, FORBIDDEN_HEADERS), and
// `next start` gzips on the fly, per response, at level 6, never brotli. Cached bodies are compressed
// once, so their routes send this header instead; set before the first byte, it becomes
// Content-Encoding, and Next's compression middleware then leaves the body alone ("already encoded").
export const ENCODING_HEADER = "x-dlbox-content-encoding";

const CHANNEL = "http.server.request.start";
const INSTALLED = Symbol.for("dl-box-planner.encoded-response-hook");
const ENCODINGS = new Set(["br", "gzip"]);

type HeaderValue = number | string | readonly string[];

/** Makes `response` turn ENCODING_HEADER into Content-Encoding (br or gzip only). */
export function translateEncodingHeader(response: ServerResponse): void {
  const setHeader = response.setHeader.bind(response);
  const appendHeader = response.appendHeader.bind(response);
  const translate = (name: string, value: HeaderValue) => {
    if (name.toLowerCase() !== ENCODING_HEADER) return null;
    const encoding = String(value).trim().toLowerCase();
    if (!ENCODINGS.has(encoding)) throw new Error(`${ENCODING_HEADER}: unsupported encoding "${encoding}"`);
    return encoding;
  };
  response.setHeader = ((name: string, value: HeaderValue) => {
    const encoding = translate(name, value);
    return encoding ? setHeader("Content-Encoding", encoding) : setHeader(name, value);
  }) as ServerResponse["setHeader"];
  response.appendHeader = ((name: string, value: string | readonly string[]) => {
    const encoding = translate(name, value);
    return encoding ? setHeader("Content-Encoding", encoding) : appendHeader(name, value);
  }) as ServerResponse["appendHeader"];
}

/** Once per process, from instrumentation.ts (server start). */
export function installEncodedResponseHook(): void {
  const flags = globalThis as Record<symbol, unknown>;
  if (flags[INSTALLED]) return;
  diagnostics.subscribe(CHANNEL, (message) => translateEncodingHeader((message as { response: ServerResponse }).response));
  flags[INSTALLED] = true;
}

/** Routes send pre-compressed bytes only when the hook is in; otherwise they send identity. */
export function encodedResponsesSupported(): boolean {
  return Boolean((globalThis as Record<symbol, unknown>)[INSTALLED]);
}
