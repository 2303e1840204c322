import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDbDir } from "./dataset-dir";
import { mapOpenDbPart, OPENDB_CATEGORIES } from "./map-part";

// Maps every file of the shared dataset (29,454 parts, about 3 s) to prove the mapping holds up
// on real data, not just on the hand-picked parts above.
describe("mapOpenDbPart over the whole OpenDB dataset", () => {
  it("maps the vast majority of every category, with the key specs filled in", () => {
    const stats: Record<string, { files: number; ok: number; withKey: number }> = {};
    const keySpec: Record<string, string> = {
      CPU: "socket", CPUCooler: "sockets", Motherboard: "socket", RAM: "type", Storage: "capacityGb",
      GPU: "vramGb", PCCase: "motherboardFormFactors", PSU: "wattage", CaseFan: "sizeMm",
    };
    for (const category of OPENDB_CATEGORIES) {
      const dir = path.join(openDbDir(), "open-db", category);
      const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
      const s = (stats[category] = { files: files.length, ok: 0, withKey: 0 });
      for (const name of files) {
        const result = mapOpenDbPart(category, JSON.parse(readFileSync(path.join(dir, name), "utf8")));
        if (!result.ok) continue;
        s.ok += 1;
        if (result.part.specs[keySpec[category] ?? ""] !== undefined) s.withKey += 1;
      }
    }
    // The shared copy is pinned to one upstream commit (see its README), so counts are exact.
    expect(Object.fromEntries(Object.entries(stats).map(([c, s]) => [c, s.files]))).toEqual({
      CPU: 789, CPUCooler: 2398, Motherboard: 3699, RAM: 4828, Storage: 3495,
      GPU: 3835, PCCase: 3749, PSU: 3295, CaseFan: 3366,
    });
    for (const [category, s] of Object.entries(stats)) {
      expect.soft(s.files, category).toBeGreaterThan(500);
      expect.soft(s.ok / s.files, `${category}: ${s.ok}/${s.files} mapped`).toBeGreaterThanOrEqual(0.99);
      expect.soft(s.withKey / s.ok, `${category}: ${s.withKey}/${s.ok} with ${keySpec[category]}`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
