import { describe, expect, it } from "vitest";
import { compatibleWith } from "../builds/candidate-filter";
import type { ResolvedBuild } from "../builds/types";
import { toResolvedPart } from "../builds/types";
import { loadBuiltinCatalog } from "../catalog/builtin-catalog";
import { FILTERS } from "../parts/filters";
import { partName, type Part } from "../parts/types";
import { analyzeBuild } from "./analyze";
import { checkCompatibility } from "./check-compatibility";
import { FIX_ADVICE } from "./fix-advice";
import { item, makeBuild, part } from "./fixtures/make";
import { atxBoardInItxCase, build2017, ddr5OnDdr4Board, longGpuShortCase, quad4090On850W, ryzenOnLgaBoard } from "./fixtures/builds";
import { gtx1080TiFe } from "./fixtures/parts-2017";
import { rtx4090Fe } from "./fixtures/parts-modern";
import { RULE_IDS, RULES } from "./rule-ids";
import type { Finding } from "./types";

const catalog = loadBuiltinCatalog();
const dual4090On750W = makeBuild([...build2017.items.filter((i) => i.id !== "gpu"), item("gpu", rtx4090Fe, 2)]);

/** The picker's query for a fix: the category, the fix's filters (as lib/parts/search.ts applies them), compatible only. */
function pickerResults(build: ResolvedBuild, finding: Finding): Part[] {
  const fix = finding.fix!;
  const defs = FILTERS[fix.category];
  const base = { ...build, items: build.items.filter((i) => i.id !== fix.replacesItemId) };
  const fits = compatibleWith(base);
  return catalog.filter((p) => {
    if (p.category !== fix.category) return false;
    for (const [key, raw] of Object.entries(fix.filters)) {
      const def = defs.find((d) => d.key === key)!;
      const value = def.get(p.specs as Record<string, unknown>);
      if (def.kind === "enum" && !(Array.isArray(value) ? value.includes(raw) : value === raw)) return false;
      if (def.kind === "min" && !((value as number | undefined) !== undefined && (value as number) >= Number(raw))) return false;
      if (def.kind === "max" && !((value as number | undefined) !== undefined && (value as number) <= Number(raw))) return false;
    }
    return fits(p);
  });
}

function withChoice(build: ResolvedBuild, finding: Finding, choice: Part): ResolvedBuild {
  const kept = build.items.filter((i) => i.id !== finding.fix!.replacesItemId);
  return { ...build, items: [...kept, { id: "chosen", part: toResolvedPart(choice, partName(choice)), quantity: 1, priceCents: choice.priceCents, discountCents: 0 }] };
}

const errorOf = (build: ResolvedBuild, ruleId: string) => analyzeBuild(build).findings.find((f) => f.ruleId === ruleId && f.severity !== "note");

describe("fixes", () => {
  it("every rule that can emit an error or a warning has its advice (add one to lib/compat/fix-advice.ts for a new rule)", () => {
    const missing = RULES.filter((r) => r.severities.some((s) => s !== "note") && !FIX_ADVICE[r.id]).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it("leaves the rules' own findings alone: checkCompatibility reports them as the rules wrote them", () => {
    const raw = checkCompatibility(ryzenOnLgaBoard).findings.find((f) => f.ruleId === RULE_IDS.cpuSocket)!;
    expect(raw.message).toBe("AMD Ryzen 7 1700X uses socket AM4, but MSI Z270 GAMING M5 has socket LGA 1151.");
    expect(raw.fix).toBeUndefined();
  });

  it("socket: says which board or CPU to choose and offers boards with the CPU's socket in place of the current one", () => {
    const f = errorOf(ryzenOnLgaBoard, RULE_IDS.cpuSocket)!;
    expect(f.message).toBe(
      "AMD Ryzen 7 1700X uses socket AM4, but MSI Z270 GAMING M5 has socket LGA 1151. Choose a motherboard with socket AM4, or a CPU for socket LGA 1151.",
    );
    expect(f.fix).toEqual({ category: "motherboard", filters: { socket: "AM4" }, label: "Choose a motherboard for AM4", replacesItemId: "board" });
  });

  it("GPU length: a case that fits the longest GPU", () => {
    const f = errorOf(longGpuShortCase, RULE_IDS.caseGpuLength)!;
    expect(f.message).toContain("Choose a case with at least 330 mm of GPU clearance, or a GPU of at most 300 mm.");
    expect(f.fix).toMatchObject({ category: "case", filters: { maxGpuLengthMm: "330" }, replacesItemId: "case" });
  });

  it("PSU wattage: a power supply of at least the recommended size; the error's own message already says so", () => {
    const f = errorOf(dual4090On750W, RULE_IDS.psuWattage)!;
    const recommended = analyzeBuild(dual4090On750W).power.recommendedPsuW;
    expect(f.message).toBe(checkCompatibility(dual4090On750W).findings.find((x) => x.ruleId === RULE_IDS.psuWattage)!.message);
    expect(f.message).toContain("choose at least");
    expect(f.fix).toEqual({ category: "psu", filters: { wattage: String(recommended) }, label: `Choose a power supply of at least ${recommended} W`, replacesItemId: "psu" });
  });

  it("PSU wattage past any single common unit: no part fix, the message says to cap the GPUs or split the load", () => {
    const f = errorOf(quad4090On850W, RULE_IDS.psuWattage)!;
    expect(f.message).toContain("split the load over two PSUs");
    expect(f.fix).toBeUndefined();
  });

  it("expansion slots: eight slots of GPUs in a two-slot case is an error that offers cases with enough slots", () => {
    const twoSlot = part("case", "Two-slot case", { expansionSlots: 2, maxGpuLengthMm: 400 });
    const build = makeBuild([...build2017.items.filter((i) => i.id !== "case" && i.id !== "gpu"), item("gpu", gtx1080TiFe, 4), item("case", twoSlot)]);
    const f = analyzeBuild(build).findings.find((x) => x.ruleId === RULE_IDS.slotsGpuWidth && x.itemIds.includes("case"))!;
    expect(f.severity).toBe("error");
    expect(f.message).toContain("Choose a case with at least 8 expansion slots, or slimmer GPUs.");
    expect(f.fix).toMatchObject({ category: "case", filters: { expansionSlots: "8" }, replacesItemId: "case" });
  });

  it("leaves notes as they are", () => {
    for (const f of analyzeBuild(build2017).findings.filter((x) => x.severity === "note")) expect(f.fix).toBeUndefined();
  });

  // The button's promise: what the picker then lists really fixes the finding.
  it.each([
    ["cpu.socket", ryzenOnLgaBoard, RULE_IDS.cpuSocket],
    ["case.gpu-length", longGpuShortCase, RULE_IDS.caseGpuLength],
    ["case.board-form-factor", atxBoardInItxCase, RULE_IDS.caseBoardFormFactor],
    ["memory.type-board", ddr5OnDdr4Board, RULE_IDS.memoryTypeBoard],
    ["psu.wattage", dual4090On750W, RULE_IDS.psuWattage],
  ] as const)("%s: the built-in catalog has parts for the fix, and the first one clears the error", (_name, build, ruleId) => {
    const f = errorOf(build, ruleId)!;
    expect(f.fix).toBeDefined();
    const results = pickerResults(build, f);
    expect(results.length).toBeGreaterThan(0);
    const fixed = withChoice(build, f, results[0]!);
    expect(checkCompatibility(fixed).findings.filter((x) => x.ruleId === ruleId && x.severity === "error")).toEqual([]);
  });

  it("every fix names filters the picker knows for its category", () => {
    for (const build of [ryzenOnLgaBoard, longGpuShortCase, atxBoardInItxCase, ddr5OnDdr4Board, quad4090On850W]) {
      for (const f of analyzeBuild(build).findings.filter((x) => x.fix)) {
        const keys = FILTERS[f.fix!.category].map((d) => d.key);
        for (const key of Object.keys(f.fix!.filters)) expect(keys, `${f.ruleId} ${key}`).toContain(key);
      }
    }
  });
});
