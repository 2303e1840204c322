import fs from "node:fs";
import path from "node:path";
import { check } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every regular expression in the app's own code, found by parsing the sources (literals and
// `new RegExp("...")` with a literal pattern), must match in linear time: recheck proves a
// pattern safe or finds an attack string. Patterns over untrusted text (imports, names, queries)
// otherwise let one request stall the server (issue 13: a 1 MiB import would take an hour).
const ROOTS = ["lib", "app", "components", "proxy.ts", "instrumentation.ts", "instrumentation-client.ts"];

function sources(entry: string, out: string[] = []): string[] {
  const stat = fs.statSync(entry);
  if (stat.isFile()) {
    if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry)) out.push(entry);
  } else {
    for (const name of fs.readdirSync(entry)) {
      if (name === "generated" || name === "fixtures") continue;
      sources(path.join(entry, name), out);
    }
  }
  return out;
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

function regexesIn(file: string): Found[] {
  const text = fs.readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Found[] = [];
  const where = (node: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText();
      const end = literal.lastIndexOf("/");
      found.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
    } else if (ts.isNewExpression(node) && node.expression.getText() === "RegExp" && node.arguments?.[0] && ts.isStringLiteralLike(node.arguments[0])) {
      const flags = node.arguments[1] && ts.isStringLiteralLike(node.arguments[1]) ? node.arguments[1].text : "";
      found.push({ where: where(node), source: node.arguments[0].text, flags });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe("regular expressions", () => {
  const all = ROOTS.filter((r) => fs.existsSync(r)).flatMap((r) => sources(r)).flatMap(regexesIn);

  it("are found in the sources (the scan itself works)", () => {
    expect(all.length).toBeGreaterThan(50);
    expect(all.some((r) => r.where.startsWith(path.join("lib", "import-export", "name-tokens.ts")))).toBe(true);
  });

  it("all match in linear time (recheck)", async () => {
    const bad: string[] = [];
    for (const r of all) {
      // A fixed seed: recheck fuzzes the patterns its automaton cannot decide, and verdicts must not vary.
      const flags = r.flags.replace(/[gy]/g, "");
      let result = await check(r.source, flags, { timeout: 20_000, randomSeed: 20261201 });
      // "unknown" means the checker ran out of time (a loaded machine), not that the pattern is bad.
      if (result.status === "unknown") result = await check(r.source, flags, { timeout: 120_000, randomSeed: 20261201 });
      if (result.status !== "safe") {
        const detail = result.status === "vulnerable" ? `${result.complexity.type}, attack ${JSON.stringify(result.attack.pattern)}` : result.status;
        bad.push(`${r.where} /${r.source}/${r.flags}: ${detail}`);
      }
    }
    expect(bad).toEqual([]);
  }, 300_000);
});
