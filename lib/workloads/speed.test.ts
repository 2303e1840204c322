import { describe, expect, it } from "vitest";
import { ENGINES, SHARED } from "./engines";
import { decodeSecondsPerToken, prefillFlopsPerToken, tensorParallelDecode, type Portion } from "./speed";
import { catalogModel, gpu } from "./test-fixtures";

const cuda = ENGINES["llama.cpp-cuda"];
const base = { weightBytes: 4.6e9, kvBytes: 0.5e9, params: 7.5e9, layers: 32, ramBandwidthBytesPerS: 96e9, shared: SHARED };

describe("decode speed", () => {
  it("split by layers over identical cards runs at one card's bandwidth, not the sum", () => {
    const card = gpu();
    const one = decodeSecondsPerToken({ ...base, portions: [{ device: card, engine: cuda, share: 1 }] })!;
    const two = decodeSecondsPerToken({ ...base, portions: [{ device: card, engine: cuda, share: 0.5 }, { device: card, engine: cuda, share: 0.5 }] })!;
    expect(two).toBeCloseTo(one, 12);
  });

  it("offloaded layers are read at RAM bandwidth: the speed is a harmonic mix", () => {
    const portions: Portion[] = [{ device: gpu(), engine: cuda, share: 0.5 }, { device: null, engine: null, share: 0.5 }];
    const mixed = decodeSecondsPerToken({ ...base, portions })!;
    const ram = (0.5 * (base.weightBytes + base.kvBytes)) / (SHARED.cpuBandwidthEfficiency * 96e9);
    expect(mixed).toBeGreaterThan(ram);
    expect(mixed).toBeLessThan(ram * 1.2);
    expect(decodeSecondsPerToken({ ...base, ramBandwidthBytesPerS: null, portions })).toBeNull();
  });

  it("reads the KV cache every token, so long contexts decode slower", () => {
    const portions: Portion[] = [{ device: gpu(), engine: cuda, share: 1 }];
    expect(decodeSecondsPerToken({ ...base, kvBytes: 8e9, portions })!).toBeGreaterThan(decodeSecondsPerToken({ ...base, portions })!);
  });

  it("prefill FLOPs: 2 per weight plus attention over earlier tokens, windows capped", () => {
    const llama = catalogModel("llama-3.1-8b");
    expect(prefillFlopsPerToken(llama, 8e9, 512)).toBe(2 * 8e9 + 4 * 32 * 128 * 32 * 256);
    const oss = catalogModel("gpt-oss-20b");
    expect(prefillFlopsPerToken(oss, 4e9, 100_000)).toBe(2 * 4e9 + 4 * 64 * 64 * (12 * 50_000 + 12 * 128));
  });

  it("tensor parallel adds bandwidth but pays two all-reduces per layer, more without peer-to-peer", () => {
    const model = catalogModel("llama-3.3-70b");
    const consumer = tensorParallelDecode(model, 40e9, 1e9, 69e9, [gpu(), gpu()], [cuda, cuda], SHARED, 16 * 1.969e9)!;
    const workstation = tensorParallelDecode(model, 40e9, 1e9, 69e9, [gpu({ peerToPeer: true }), gpu({ peerToPeer: true })], [cuda, cuda], SHARED, 16 * 1.969e9)!;
    expect(consumer.peerToPeer).toBe(false);
    expect(consumer.communicationMsPerToken).toBeGreaterThan(workstation.communicationMsPerToken);
    expect(consumer.communicationMsPerToken).toBeCloseTo(2 * 80 * (30e-6 + (2 * 1 * 16384) / (16 * 1.969e9)) * 1000, 6);
    expect(workstation.decodeTokensPerSecond).toBeGreaterThan(consumer.decodeTokensPerSecond);
  });
});
