import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadBuiltinCatalog } from "../catalog/builtin-catalog";
import { nvidiaChipset } from "../import-export/opendb/nvidia-chipsets";
import { gpuStackSupport } from "./gpu-stack-support";
import { amdModel } from "./rocm-gpus";

// Every GPU in the built-in catalog, checked against the tables the plan relies on.
const gpus = loadBuiltinCatalog(fileURLToPath(new URL("../../prisma/seed/parts", import.meta.url))).filter(
  (part) => part.category === "gpu",
);

describe("catalog GPUs against the provisioning tables", () => {
  it("NVIDIA cards: the part's compute capability agrees with the chipset table wherever the table knows", () => {
    const nvidia = gpus.filter((g) => g.specs.vendor === "nvidia");
    expect(nvidia.length).toBeGreaterThan(30);
    const disagree = nvidia
      .map((g) => ({ id: g.id, part: g.specs.computeCapability, table: nvidiaChipset(g.specs.chipset ?? g.model)?.computeCapability }))
      .filter((row) => row.table !== undefined && row.table !== null && row.table !== row.part);
    expect(disagree).toEqual([]);
  });

  it("AMD and Intel cards: ROCm 10.0 support as ROCm/rocm-docs gpus.yaml lists it", () => {
    const status = Object.fromEntries(
      gpus
        .filter((g) => g.specs.vendor === "amd" || g.specs.vendor === "intel")
        .map((g) => [g.id, [gpuStackSupport(g.model, g.specs)?.status, amdModel(g.specs.chipset ?? g.model)?.gfx ?? null]]),
    );
    expect(status).toMatchObject({
      "gpu-amd-radeon-rx-7900-xtx": ["supported", "gfx1100"], // gpus.yaml: RX 7900 XTX gfx1100
      "gpu-amd-radeon-rx-9070-xt": ["supported", "gfx1201"], // gpus.yaml: RX 9070 XT gfx1201
      "gpu-amd-instinct-mi210": ["supported", "gfx90a"], // gpus.yaml: MI210 gfx90a
      "gpu-intel-arc-b580-le": ["unsupported", null], // no Intel GPU stack in the setup script
    });
  });
});
