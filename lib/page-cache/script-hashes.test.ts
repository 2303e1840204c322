import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { THEME_INIT_SCRIPT } from "../../components/theme-script";
import { hashPageScripts, loaderScript, MAX_INLINE_SCRIPTS, sha256Source } from "./script-hashes";

// A share page as Next 16.4 renders it (head intact, report body shortened; nonce attributes included,
// as on a page rendered with a nonce policy, to prove they are dropped).
const PAGE = readFileSync(new URL("./fixtures/next-page.html", import.meta.url), "utf8");
const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const scripts = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attributes: m[1]!, body: m[2]! }));

describe("hash-based script policy for a cached page", () => {
  const hashed = hashPageScripts(PAGE)!;

  it("lists exactly the hash of every inline script it leaves, and leaves no script with a src or a nonce", () => {
    const left = scripts(hashed.html);
    expect(left.length).toBeGreaterThan(3);
    expect(left.every((s) => !/\bsrc=|nonce=/.test(s.attributes))).toBe(true);
    expect(new Set(left.map((s) => hash(s.body)))).toEqual(new Set(hashed.scriptHashes));
    expect(hashed.scriptHashes).toContain(hash(THEME_INIT_SCRIPT));
    expect(hashed.html).not.toMatch(/<script[^>]*nonce=/);
  });

  it("starts every chunk the markup named, async, from one loader at the first chunk's place in <head>", () => {
    const chunks = [...PAGE.matchAll(/<script src="([^"]+)"([^>]*)>/g)].map((m) => ({ src: m[1]!, noModule: /noModule/.test(m[2]!) }));
    expect(chunks).toHaveLength(10);
    const loader = loaderScript(chunks);
    expect(hashed.scriptHashes).toContain(sha256Source(loader));
    const head = /<head>([\s\S]*)<\/head>/.exec(hashed.html)![1]!;
    expect(head.indexOf(`<script>${loader}</script>`)).toBe(head.indexOf("<script"));
    expect(hashed.html.split(loader)).toHaveLength(2);
    // The legacy polyfill keeps noModule; the body chunk is started too.
    expect(loader).toContain('["/_next/static/chunks/0cz1d0mv5g_q7.js",1]');
    expect(loader).toContain('["/_next/static/chunks/310vm2bl3xxpt.js",0]');
  });

  it("runs the loader as a browser would: one async script element per chunk, in order", () => {
    const added: Array<{ src: string; async: boolean; noModule?: boolean }> = [];
    const document = { createElement: () => ({}) as { src: string; async: boolean }, head: { appendChild: (e: (typeof added)[number]) => added.push(e) } };
    new Function("document", loaderScript([{ src: "/_next/static/a.js", noModule: false }, { src: "/_next/static/b.js", noModule: true }]))(document);
    expect(added).toEqual([{ src: "/_next/static/a.js", async: true }, { src: "/_next/static/b.js", async: true, noModule: true }]);
  });

  it("drops script preloads (only a nonce could allow them) and keeps the stylesheet", () => {
    expect(hashed.html).not.toMatch(/<link[^>]*as="script"/);
    expect(hashed.html).toContain('<link rel="stylesheet" href="/_next/static/chunks/14u6onc987fih.css"');
  });

  it("keeps everything else byte for byte, escaped user text included", () => {
    const strip = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>|<link[^>]*as="script"[^>]*>/g, "");
    expect(strip(hashed.html)).toBe(strip(PAGE));
    expect(hashed.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("refuses (so the page is rendered per request instead) a script it cannot vouch for", () => {
    const withHead = (tag: string) => PAGE.replace("<head>", `<head>${tag}`);
    expect(hashPageScripts(withHead('<script src="https://cdn.example/x.js" async=""></script>'))).toBeNull();
    expect(hashPageScripts(withHead('<script src="/_next/static/chunks/x.js"></script>'))).toBeNull(); // parser-blocking
    expect(hashPageScripts(withHead('<script src="/api/builds/x/export" async=""></script>'))).toBeNull();
    expect(hashPageScripts(withHead('<script type="module">import("/x.js")</script>'))).toBeNull();
    expect(hashPageScripts(withHead('<script onload="x()">1</script>'))).toBeNull();
    expect(hashPageScripts(withHead('<link rel="preload" as="script" href="https://cdn.example/x.js"/>'))).toBeNull();
    expect(hashPageScripts(withHead(Array.from({ length: MAX_INLINE_SCRIPTS }, (_, i) => `<script>f(${i})</script>`).join("")))).toBeNull();
  });

  it("hashes identical inline scripts once", () => {
    const twice = hashPageScripts("<html><head></head><body><script>a()</script><script>a()</script></body></html>")!;
    expect(twice.scriptHashes).toEqual([hash("a()")]);
    expect(twice.html).toBe("<html><head></head><body><script>a()</script><script>a()</script></body></html>");
  });
});
