import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDbDir } from "./dataset-dir";
import { gpuIdentity } from "./gpu-architecture";
import { nvidiaChipset, nvidiaChipsetExact, nvidiaChipsetNames } from "./nvidia-chipsets";

const fixture = JSON.parse(readFileSync(new URL("./fixtures/nvidia-chipsets.json", import.meta.url), "utf8")) as {
  count: number;
  chipsets: string[];
};

/** Distinct NVIDIA chipset names of the full dataset, or null where this checkout has none. */
function datasetNvidiaChipsets(): string[] | null {
  const dir = path.join(openDbDir(), "open-db", "GPU");
  if (!existsSync(dir)) return null;
  const names = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const json = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as { chipset?: string; chipset_manufacturer?: string };
    if (json.chipset_manufacturer === "NVIDIA" && json.chipset) names.add(json.chipset);
  }
  return [...names].sort();
}

describe("NVIDIA chipset table", () => {
  it("has an entry for every NVIDIA chipset of the OpenDB data (the full set when OPENDB_DIR holds it)", () => {
    const names = datasetNvidiaChipsets() ?? fixture.chipsets;
    // The committed list is the dataset's at the pinned commit; a new upstream name shows up here.
    expect(names).toEqual(fixture.chipsets);
    expect(names).toHaveLength(155);
    const missing = names.filter((n) => nvidiaChipsetExact(n) === undefined);
    expect(missing).toEqual([]);
    expect(nvidiaChipsetNames().sort()).toEqual(names.map((n) => n.toLowerCase()).sort());
  });

  it.each([
    // [chipset, family, CC] with the source of each value:
    ["GeForce GTX Titan X", "Maxwell", "5.2"], // GM200; NVIDIA CUDA GPUs: GeForce GTX TITAN X 5.2 (the JAX-on-CPU bug took it as 5.0)
    ["RTX PRO 6000 Blackwell", "Blackwell", "12.0"], // GB202; NVIDIA CUDA GPUs: RTX PRO 6000 Blackwell 12.0 (not the B200's 10.0)
    ["Titan X (Pascal)", "Pascal", "6.1"], // GP102; NVIDIA CUDA GPUs: TITAN X (Pascal) 6.1
    ["GP100", "Pascal", "6.0"], // Quadro GP100; NVIDIA CUDA GPUs 6.0
    ["Quadro K1200", "Maxwell", "5.0"], // GM107 despite the K; NVIDIA CUDA GPUs: Quadro K1200 5.0
    ["Quadro K5200", "Kepler", "3.5"], // GK110B; NVIDIA legacy CUDA GPUs 3.5
    ["GeForce GTX 770", "Kepler", "3.0"], // GK104; NVIDIA legacy CUDA GPUs 3.0
    ["GeForce GT 710", "Kepler", "3.5"], // GK208; NVIDIA legacy CUDA GPUs 3.5
    ["GeForce GTX 1660 SUPER", "Turing", "7.5"], // TU116; NVIDIA CUDA GPUs 7.5
    ["Quadro GV100", "Volta", "7.0"], // GV100; NVIDIA CUDA GPUs 7.0
    ["RTX 5880 Ada Generation", "Ada", "8.9"], // AD102; NVIDIA CUDA GPUs 8.9
    ["GeForce RTX 3060 Ti GDDR6X", "Ampere", "8.6"], // GA104; NVIDIA CUDA GPUs 8.6
    ["GeForce GTX 580", "Fermi", "2.0"], // GF110; NVIDIA legacy CUDA GPUs 2.0
    ["GeForce GT 610", "Fermi", "2.1"], // GF119; NVIDIA legacy CUDA GPUs 2.1
  ])("%s is %s, compute capability %s", (name, family, cc) => {
    expect(nvidiaChipsetExact(name)).toMatchObject({ family, computeCapability: cc });
  });

  it("says unknown where one name covers chips of different capability", () => {
    // Wikipedia, List of Nvidia GPUs: GT 730 = GF108 (2.1) or GK208 (3.5); GT 630/640 add GK107 (3.0).
    for (const name of ["GeForce GT 730", "GeForce GT 630", "GeForce GT 640"]) {
      expect(nvidiaChipsetExact(name)).toMatchObject({ family: null, computeCapability: null });
    }
    // GTX 560 Ti: GF114 (2.1), 448-core edition GF110 (2.0): the family is known, the CC is not.
    expect(nvidiaChipsetExact("GeForce GTX 560 Ti")).toMatchObject({ family: "Fermi", computeCapability: null });
  });

  it("counts both dies of dual-GPU boards", () => {
    expect(nvidiaChipsetExact("GeForce GTX 690")?.dies).toBe(2); // two GK104
    expect(nvidiaChipsetExact("GeForce GTX Titan Z")?.dies).toBe(2); // two GK110
    expect(nvidiaChipsetExact("GeForce GTX 1080 Ti")?.dies).toBe(1);
  });

  it("derives single-capability series for catalog and custom names, and nothing for shared names", () => {
    expect(nvidiaChipset("NVIDIA GeForce RTX 5090 Founders Edition")).toMatchObject({ family: "Blackwell", computeCapability: "12.0" });
    expect(nvidiaChipset("H100 SXM5 80GB")).toMatchObject({ family: "Hopper", computeCapability: "9.0" });
    expect(nvidiaChipset("A100 PCIe 40GB")).toMatchObject({ family: "Ampere", computeCapability: "8.0" });
    expect(nvidiaChipset("Tesla K80")).toMatchObject({ family: "Kepler", computeCapability: "3.7" });
    // "RTX 5000" alone is a Turing Quadro or an Ada card: unknown rather than Blackwell.
    expect(nvidiaChipset("RTX 5000")).toBeUndefined();
    expect(nvidiaChipset("Mystery accelerator")).toBeUndefined();
  });

  it("feeds the OpenDB mapping: architecture and CC for NVIDIA, architecture only for AMD/Intel", () => {
    expect(gpuIdentity("GeForce GTX Titan X", "nvidia")).toEqual({ architecture: "Maxwell", computeCapability: "5.2" });
    expect(gpuIdentity("GeForce GTX 690", "nvidia")).toEqual({ architecture: "Kepler", computeCapability: "3.0", gpuDies: 2 });
    // Fermi is outside the planner's architectures: the CC is kept, the architecture left out.
    expect(gpuIdentity("GeForce GTX 480", "nvidia")).toEqual({ computeCapability: "2.0" });
    expect(gpuIdentity("GeForce GT 730", "nvidia")).toEqual({});
    expect(gpuIdentity("Radeon RX 7900 XTX", "amd")).toEqual({ architecture: "RDNA3" });
    expect(gpuIdentity("Arc B580", "intel")).toEqual({ architecture: "Battlemage" });
  });
});
