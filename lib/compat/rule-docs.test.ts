import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RULE_IDS, RULES } from "./rule-ids";

const docs = readFileSync(fileURLToPath(new URL("../../docs/compatibility.md", import.meta.url)), "utf8");

describe("rule ids", () => {
  it("are listed once each, in RULES", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.values(RULE_IDS).sort());
  });

  it.each(RULES.map((r) => r.id))("%s has its own section in docs/compatibility.md", (id) => {
    expect(docs).toContain(`### \`${id}\``);
  });
});
