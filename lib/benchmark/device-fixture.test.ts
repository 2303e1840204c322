import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ResolvedBuild } from "../builds/types";
import { loadBuiltinCatalog } from "../catalog/builtin-catalog";
import { partName } from "../parts/types";
import { buildChecklist, compareResult, parseBenchmarkResult } from "./index";

// result-h100-device.json is the unedited stdout of the generated benchmark.sh --quick, run once
// on a lent H100 SXM machine (driver 580.159.04, PyTorch installed, no stress tools, no internet).
const raw = fs.readFileSync(path.join(__dirname, "fixtures", "result-h100-device.json"), "utf8");

function h100Build(): ResolvedBuild {
  const part = loadBuiltinCatalog().find((p) => p.id === "gpu-nvidia-h100-sxm5-80gb");
  if (!part) throw new Error("H100 SXM missing from the built-in catalog");
  return {
    name: "H100 device check", currency: "USD", shippingCents: 0, taxMilliPct: 0, notes: "",
    items: [{ id: "gpu", part: { id: part.id, category: part.category, name: partName(part), specs: part.specs } as ResolvedBuild["items"][number]["part"], quantity: 1, priceCents: null, discountCents: 0 }],
  };
}

describe("real-hardware fixture (H100)", () => {
  it("is accepted by the result schema", () => {
    const parsed = parseBenchmarkResult(raw);
    expect(parsed.ok).toBe(true);
  });

  it("compares against the H100's expectations: compute passes, missing tools are not measured", () => {
    const parsed = parseBenchmarkResult(raw);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const rows = compareResult(buildChecklist(h100Build(), { driverBranch: "580" }), parsed.result);
    const verdict = (id: string) => rows.find((r) => r.itemId === id)?.verdict;
    expect(verdict("compute.fp32-matmul.gpu0")).toBe("pass");
    expect(verdict("compute.fp16-matmul.gpu0")).toBe("pass");
    expect(verdict("compute.memory-bandwidth.gpu0")).toBe("pass");
    expect(verdict("os.gpu-count")).toBe("pass");
    expect(verdict("os.driver-branch")).toBe("pass");
    expect(verdict("stability.gpu-burn")).toBe("not_measured");
    expect(parsed.result.missingTools).toEqual(expect.arrayContaining(["gpu-burn", "stress-ng"]));
  });
});
