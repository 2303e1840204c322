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
// inline scripts (RSC payload), so a script element ends at the first `</script>`.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
// Script preloads are fetched under script-src too, and only a nonce could allow them; the loader
// sits at the top of <head> and starts the same chunks at once, so they are dropped.
const SCRIPT_PRELOAD = /<link\b([^>]*)\/?>/gi;
const ATTRIBUTE = /\s*([A-Za-z][A-Za-z0-9-]*)(?:="([^"<>]*)")?/y;
// Next's own chunks only; anything else (a third-party src, an unexpected attribute) is not cached.
const CHUNK_SRC = /^\/_next\/static\/[A-Za-z0-9._~/-]+\.js(?:\?[A-Za-z0-9._~=&%-]*)?$/;
const INLINE_ATTRIBUTES = new Set(["nonce", "id"]);
const EXTERNAL_ATTRIBUTES = new Set(["src", "async", "nomodule", "nonce"]);
/** Each hash is ~54 bytes of the CSP header; browsers and proxies cap header sizes. */
export const MAX_INLINE_SCRIPTS = 100;

function parseAttributes(text: string): Map<string, string> | null {
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  while (ATTRIBUTE.lastIndex < text.length) {
    const start = ATTRIBUTE.lastIndex;
    const match = ATTRIBUTE.exec(text);
    if (!match || ATTRIBUTE.lastIndex === start) return text.slice(start).trim() === "" ? attributes : null;
    attributes.set(match[1]!.toLowerCase(), match[2] ?? "");
  }
  return attributes;
}

function withoutScriptPreloads(html: string): string | null {
  let refused = false;
  const out = html.replace(SCRIPT_PRELOAD, (tag, text: string) => {
    const attributes = parseAttributes(text.replace(/\/$/, ""));
    if (!attributes) {
      refused = true;
      return tag;
    }
    const rel = attributes.get("rel")?.toLowerCase();
    const isScript = rel === "modulepreload" || (rel === "preload" && attributes.get("as")?.toLowerCase() === "script");
    if (!isScript) return tag;
    if (!CHUNK_SRC.test(attributes.get("href") ?? "")) refused = true;
    return "";
  });
  return refused ? null : out;
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
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = parseAttributes(match[1]!);
    if (!attributes) {
      refused = true;
      break;
    }
    parts.push(html.slice(last, match.index));
    last = match.index + match[0].length;
    const src = attributes.get("src");
    if (src !== undefined) {
      const names = [...attributes.keys()];
      const asyncOrLegacy = attributes.has("async") || attributes.has("nomodule");
      if (!CHUNK_SRC.test(src) || !asyncOrLegacy || match[2] !== "" || names.some((n) => !EXTERNAL_ATTRIBUTES.has(n))) {
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
    hashes.add(sha256Source(match[2]!));
    parts.push(`<script${id !== undefined ? ` id="${id}"` : ""}>${match[2]}</script>`);
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
