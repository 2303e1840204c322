import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDbSource, sampleManifest } from "./dataset-source";
import { mapOpenDbPart, OPENDB_CATEGORIES } from "./map-part";

// Maps every file of the dataset (the shared 29,454 parts, about 3 s; on a clone without it, the
// committed sample) to prove the mapping holds up on real data, not just on hand-picked parts.
const source = openDbSource();

describe(`mapOpenDbPart over the whole OpenDB dataset (${source.kind})`, () => {
  it("maps the vast majority of every category, with the key specs filled in", () => {
    const stats: Record<string, { files: number; ok: number; withKey: number }> = {};
    const keySpec: Record<string, string> = {
      CPU: "socket", CPUCooler: "sockets", Motherboard: "socket", RAM: "type", Storage: "capacityGb",
      GPU: "vramGb", PCCase: "motherboardFormFactors", PSU: "wattage", CaseFan: "sizeMm",
    };
    for (const category of OPENDB_CATEGORIES) {
      const dir = path.join(source.dir, "open-db", category);
      const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
      const s = (stats[category] = { files: files.length, ok: 0, withKey: 0 });
      for (const name of files) {
        const result = mapOpenDbPart(category, JSON.parse(readFileSync(path.join(dir, name), "utf8")));
        if (!result.ok) continue;
        s.ok += 1;
        if (result.part.specs[keySpec[category] ?? ""] !== undefined) s.withKey += 1;
      }
    }
    // Both copies are pinned to one upstream commit (see their READMEs), so counts are exact.
    const expected = source.kind === "full"
      ? { CPU: 789, CPUCooler: 2398, Motherboard: 3699, RAM: 4828, Storage: 3495, GPU: 3835, PCCase: 3749, PSU: 3295, CaseFan: 3366 }
      : Object.fromEntries(Object.entries(sampleManifest()).map(([c, ids]) => [c, ids.length]));
    expect(Object.fromEntries(Object.entries(stats).map(([c, s]) => [c, s.files]))).toEqual(expected);
    for (const [category, s] of Object.entries(stats)) {
      expect.soft(s.files, category).toBeGreaterThan(source.kind === "full" ? 500 : 2);
      expect.soft(s.ok / s.files, `${category}: ${s.ok}/${s.files} mapped`).toBeGreaterThanOrEqual(0.99);
      expect.soft(s.withKey / s.ok, `${category}: ${s.withKey}/${s.ok} with ${keySpec[category]}`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
