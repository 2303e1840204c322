import { describe, expect, it } from "vitest";
import type { ResolvedBuild, ResolvedPart } from "../builds/types";
import { hardwareFromBuild, MAX_GPUS_CONSIDERED } from "./hardware";

const item = (part: ResolvedPart, quantity = 1) => ({ id: part.name, part, quantity, priceCents: null, discountCents: 0 });
const build = (items: ReturnType<typeof item>[]): ResolvedBuild => ({ name: "t", currency: "USD", shippingCents: 0, taxMilliPct: 0, notes: "", items });
const rtx = (extra: object = {}): ResolvedPart => ({ id: "g", category: "gpu", name: "GeForce RTX 4090", specs: { vendor: "nvidia", chipset: "GeForce RTX 4090", vramGb: 24, bandwidthGBps: 1008, fp32Tflops: 82.6, fp16TensorTflops: 330, pcieGen: 4, ...extra } });

describe("hardwareFromBuild", () => {
  it("reads GPUs (one per die and per unit), RAM size and its bandwidth from the socket's channels", () => {
    const hw = hardwareFromBuild(build([
      item(rtx(), 2),
      item({ id: "c", category: "cpu", name: "Ryzen", specs: { socket: "AM5", memorySpeedMts: 5200 } }),
      item({ id: "m", category: "memory", name: "RAM", specs: { modules: 2, moduleGb: 32, speedMts: 6000 } }),
      item({ id: "k", category: "gpu", name: "Tesla K80", specs: { vramGb: 24, bandwidthGBps: 480, gpuDies: 2 } }),
    ]));
    expect(hw.gpus).toHaveLength(4);
    expect(hw.gpus[2]!.memoryBytes).toBe(12 * 2 ** 30);
    expect(hw.gpus[0]).toMatchObject({ bandwidthBytesPerS: 1008e9, matrixFlops: 330e12, peerToPeer: false });
    expect(hw.systemRamBytes).toBe(64 * 2 ** 30);
    expect(hw.systemRamBandwidthBytesPerS).toBe(2 * 8 * 6000e6);
  });

  it("workstation cards allow peer-to-peer; unknown specs are left out with a note", () => {
    const hw = hardwareFromBuild(build([item({ id: "a", category: "gpu", name: "RTX A6000", specs: { chipset: "RTX A6000", vramGb: 48, bandwidthGBps: 768 } }), item({ id: "x", category: "gpu", name: "Mystery", specs: {} })]));
    expect(hw.gpus).toHaveLength(1);
    expect(hw.gpus[0]!.peerToPeer).toBe(true);
    expect(hw.notes.join(" ")).toMatch(/Mystery/);
    expect(hw.systemRamBandwidthBytesPerS).toBeNull();
  });

  it("considers at most 16 GPUs, whatever the quantity", () => {
    const hw = hardwareFromBuild(build([item(rtx(), 99)]));
    expect(hw.gpus).toHaveLength(MAX_GPUS_CONSIDERED);
    expect(hw.notes.join(" ")).toMatch(/first 16/);
  });
});
