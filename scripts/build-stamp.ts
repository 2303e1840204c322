import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Inputs of `next build`; if none changed since the last build, start skips rebuilding.
const INPUTS = ["app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "instrumentation-client.ts", "prisma/schema.prisma", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
const SKIP = new Set(["node_modules", "generated", ".next"]);

function walk(entry: string, out: string[]): void {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) if (!SKIP.has(name)) walk(path.join(entry, name), out);
  } else if (!entry.endsWith(".test.ts")) {
    out.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
  }
}

export function sourceStamp(root = process.cwd()): string {
  const lines: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), lines);
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

export const STAMP_FILE = path.join(".next", "source-stamp");

export function buildIsCurrent(root = process.cwd()): boolean {
  const stampFile = path.join(root, STAMP_FILE);
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")) || !fs.existsSync(stampFile)) return false;
  return fs.readFileSync(stampFile, "utf8") === sourceStamp(root);
}
