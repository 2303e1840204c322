import { createHash } from "node:crypto";

// A cached page is sent to many visitors, so it cannot carry a per-response nonce. Instead each
// inline script is allowed by its SHA-256 hash (computed once, when the page is cached), and the
// external scripts are started by one more hashed inline script, so 'strict-dynamic' still trusts
// only what those hashed scripts load: the shape web.dev calls a hash-based strict CSP
// (https://web.dev/articles/strict-csp#choose-strict-csp). See docs/security.md.

export interface HashedPage {
  html: string;
  /** 'sha256-…' sources for script-src, one per distinct inline script (the loader included). */
  scriptHashes: string[];
}

// React and Next write attributes as name="value" with `"`, `<` and `>` escaped, and escape `</` inside
// inline scripts (RSC payload), so a script element ends at the first `</script>`. Tags are found by
// a scanner rather than by regexes such as /<script\b([^>]*)>([\s\S]*?)<\/script>/gi, which rescan
// from every "<script" that lacks its ">" (quadratic; lib/security/regex-audit.test.ts).
// Script preloads are fetched under script-src too, and only a nonce could allow them; the loader
// sits at the top of <head> and starts the same chunks at once, so they are dropped.
// Next's own chunks only; anything else (a third-party src, an unexpected attribute) is not cached.
const CHUNK_SRC = /^\/_next\/static\/[A-Za-z0-9._~/-]+\.js(?:\?[A-Za-z0-9._~=&%-]*)?$/;
const INLINE_ATTRIBUTES = new Set(["nonce", "id"]);
const EXTERNAL_ATTRIBUTES = new Set(["src", "async", "nomodule", "nonce"]);
/** Each hash is ~54 bytes of the CSP header; browsers and proxies cap header sizes. */
export const MAX_INLINE_SCRIPTS = 100;

interface Tag {
  /** Where `<name` starts and where the element ends (after `>`, or after `</name>` with a body). */
  start: number;
  end: number;
  attributes: string;
  body?: string;
}

const WORD = /[A-Za-z0-9_]/;
const SPACE = /\s/;

/** `<name ...>` tags in order (with their body up to `</name>` when `closed`), in one pass. */
function* tags(html: string, lower: string, name: string, closed: boolean): Generator<Tag> {
  const open = `<${name}`;
  const close = `</${name}>`;
  for (let at = lower.indexOf(open); at !== -1; at = lower.indexOf(open, at + 1)) {
    if (WORD.test(html.charAt(at + open.length))) continue;
    const gt = html.indexOf(">", at + open.length);
    if (gt === -1) return;
    const attributes = html.slice(at + open.length, gt);
    if (!closed) {
      yield { start: at, end: gt + 1, attributes };
      at = gt;
      continue;
    }
    const ends = lower.indexOf(close, gt + 1);
    if (ends === -1) return;
    yield { start: at, end: ends + close.length, attributes, body: html.slice(gt + 1, ends) };
    at = ends + close.length - 1;
  }
}

/** name="value" attributes (or bare names) separated by spaces; null for anything else. */
function parseAttributes(text: string): Map<string, string> | null {
  const attributes = new Map<string, string>();
  let i = 0;
  for (;;) {
    while (SPACE.test(text.charAt(i))) i += 1;
    if (i >= text.length) return attributes;
    const nameStart = i;
    if (!/[A-Za-z]/.test(text.charAt(i))) return null;
    while (/[A-Za-z0-9-]/.test(text.charAt(i))) i += 1;
    const name = text.slice(nameStart, i).toLowerCase();
    let value = "";
    if (text.charAt(i) === "=" && text.charAt(i + 1) === '"') {
      const close = text.indexOf('"', i + 2);
      const quoted = close === -1 ? null : text.slice(i + 2, close);
      if (quoted !== null && !/[<>]/.test(quoted)) {
        value = quoted;
        i = close + 1;
      }
    }
    attributes.set(name, value);
  }
}

function withoutScriptPreloads(html: string): string | null {
  const parts: string[] = [];
  let last = 0;
  for (const tag of tags(html, html.toLowerCase(), "link", false)) {
    const attributes = parseAttributes(tag.attributes.endsWith("/") ? tag.attributes.slice(0, -1) : tag.attributes);
    if (!attributes) return null;
    const rel = attributes.get("rel")?.toLowerCase();
    const isScript = rel === "modulepreload" || (rel === "preload" && attributes.get("as")?.toLowerCase() === "script");
    if (!isScript) continue;
    if (!CHUNK_SRC.test(attributes.get("href") ?? "")) return null;
    parts.push(html.slice(last, tag.start));
    last = tag.end;
  }
  parts.push(html.slice(last));
  return parts.join("");
}

export function sha256Source(script: string): string {
  return `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
}

/** The inline script that starts Next's chunks (async, as the markup it replaces asked for). */
export function loaderScript(chunks: ReadonlyArray<{ src: string; noModule: boolean }>): string {
  const list = JSON.stringify(chunks.map((c) => [c.src, c.noModule ? 1 : 0]));
  return `(function(d){${list}.forEach(function(s){var e=d.createElement("script");e.src=s[0];e.async=true;if(s[1])e.noModule=true;d.head.appendChild(e)})})(document)`;
}

/**
 * Rewrites a rendered page for a hash-based policy: drops nonce attributes, replaces Next's
 * `<script src async>` tags by one loader at the first one's place, and lists the hash of every
 * inline script. null when the page has a script this cannot vouch for: it is then not cached.
 */
export function hashPageScripts(page: string): HashedPage | null {
  const html = withoutScriptPreloads(page);
  if (html === null) return null;
  const chunks: Array<{ src: string; noModule: boolean }> = [];
  const hashes = new Set<string>();
  let loaderAt = -1;
  let refused = false;
  const parts: string[] = [];
  let last = 0;
  for (const tag of tags(html, html.toLowerCase(), "script", true)) {
    const body = tag.body!;
    const attributes = parseAttributes(tag.attributes);
    if (!attributes) {
      refused = true;
      break;
    }
    parts.push(html.slice(last, tag.start));
    last = tag.end;
    const src = attributes.get("src");
    if (src !== undefined) {
      const names = [...attributes.keys()];
      const asyncOrLegacy = attributes.has("async") || attributes.has("nomodule");
      if (!CHUNK_SRC.test(src) || !asyncOrLegacy || body !== "" || names.some((n) => !EXTERNAL_ATTRIBUTES.has(n))) {
        refused = true;
        break;
      }
      chunks.push({ src, noModule: attributes.has("nomodule") });
      if (loaderAt < 0) {
        loaderAt = parts.length;
        parts.push("");
      }
      continue;
    }
    if ([...attributes.keys()].some((n) => !INLINE_ATTRIBUTES.has(n))) {
      refused = true;
      break;
    }
    const id = attributes.get("id");
    hashes.add(sha256Source(body));
    parts.push(`<script${id !== undefined ? ` id="${id}"` : ""}>${body}</script>`);
  }
  if (refused) return null;
  parts.push(html.slice(last));
  if (loaderAt >= 0) {
    const loader = loaderScript(chunks);
    hashes.add(sha256Source(loader));
    parts[loaderAt] = `<script>${loader}</script>`;
  }
  if (hashes.size > MAX_INLINE_SCRIPTS) return null;
  return { html: parts.join(""), scriptHashes: [...hashes] };
}
