import { describe, expect, it } from "vitest";
import type { BuildDraft } from "../builds/draft";
import { exportJson } from "./export-json";
import { sampleBuild } from "./fixtures/sample-build";
import { importBuildJson, replaceMissingParts } from "./import-json";

const expectedDraft: BuildDraft = {
  name: "Dual 4090 | *training* box",
  currency: "USD",
  shippingCents: 4999,
  taxRate: 8.25,
  notes: "For LLM fine-tuning",
  items: [
    { partId: "cpu-7950x", quantity: 1, priceCents: 54900, discountCents: 0 },
    { partId: "gpu-4090-fe", quantity: 2, priceCents: 159999, discountCents: 10000 },
    { custom: { name: "Kingston [ECC] 4x32GB *server* kit", category: "memory" }, quantity: 1, priceCents: 39900, discountCents: 0 },
    { custom: { name: "Eaton 5P 1550 UPS", category: "other", specs: { kind: "UPS" } }, quantity: 1, priceCents: null, discountCents: 0 },
    { partId: "psu-hx1500i", quantity: 1, priceCents: 37999, discountCents: 0 },
  ],
};

function doc(build: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return JSON.stringify({ format: "dl-box-build", version: 1, build, ...extra });
}

describe("exportJson -> importBuildJson", () => {
  it("round-trips a build into the identical draft, keeping part snapshots", () => {
    const result = importBuildJson(exportJson(sampleBuild));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.draft).toEqual(expectedDraft);
    expect(result.snapshots[1]).toEqual({ name: "NVIDIA GeForce RTX 4090 Founders Edition", category: "gpu", specs: { vramGb: 24 } });
    expect(Object.keys(result.snapshots)).toEqual(["0", "1", "4"]);
  });

  it("keeps a three-decimal tax rate exact", () => {
    const result = importBuildJson(exportJson({ ...sampleBuild, taxMilliPct: 8125 }));
    expect(result.ok && result.draft.taxRate).toBe(8.125);
  });
});

describe("importBuildJson errors", () => {
  it.each([
    ["not JSON", "{nope", "invalid_json"],
    ["another format", JSON.stringify({ format: "pcpartpicker", version: 1 }), "unsupported_format"],
    ["a bare array", "[1,2]", "unsupported_format"],
    ["empty text", "   ", "empty"],
    ["binary", "PK\u0003\u0004\u0000\u0000", "binary"],
  ])("rejects %s", (_, text, code) => {
    expect(importBuildJson(text)).toMatchObject({ ok: false, error: { code } });
  });

  it("names an unknown version", () => {
    const result = importBuildJson(JSON.stringify({ format: "dl-box-build", version: 2, build: {} }));
    expect(result).toMatchObject({ ok: false, error: { code: "unsupported_version" } });
    expect(!result.ok && result.error.message).toContain("version 2");
  });

  it("reports the path of invalid fields", () => {
    const bad = JSON.parse(exportJson(sampleBuild));
    bad.build.items[1].quantity = 0;
    const result = importBuildJson(JSON.stringify(bad));
    expect(result).toMatchObject({ ok: false, error: { code: "invalid_build" } });
    expect(!result.ok && result.error.message).toContain("build.items.1");
  });

  it("rejects custom specs that fail the category schema", () => {
    const text = doc({
      name: "x", currency: "USD", shippingCents: 0, taxRate: 0, notes: "",
      items: [{ custom: { name: "GPU", category: "gpu", specs: { vramGB: 24 } }, quantity: 1, priceCents: null, discountCents: 0 }],
    });
    const result = importBuildJson(text);
    expect(result).toMatchObject({ ok: false, error: { code: "invalid_build" } });
    expect(!result.ok && result.error.message).toContain("custom.specs");
  });

  it("rejects unknown keys rather than dropping them silently", () => {
    const withExtra = JSON.parse(exportJson(sampleBuild));
    withExtra.build.items[0].colour = "red";
    const result = importBuildJson(JSON.stringify(withExtra));
    expect(result).toMatchObject({ ok: false, error: { code: "invalid_build" } });
    expect(!result.ok && result.error.message).toContain("colour");
  });

  it("rejects text over 1 MiB", () => {
    expect(importBuildJson(" ".repeat(1024 * 1024 + 1))).toMatchObject({ ok: false, error: { code: "too_large" } });
  });
});

describe("replaceMissingParts", () => {
  it("turns parts unknown to this catalog into custom parts from their snapshot", () => {
    const result = importBuildJson(exportJson(sampleBuild));
    if (!result.ok) throw new Error(result.error.message);
    const { draft, replaced } = replaceMissingParts(result, new Set(["cpu-7950x"]));
    expect(replaced).toEqual([1, 4]);
    expect(draft.items[0]).toEqual(expectedDraft.items[0]);
    expect(draft.items[1]).toEqual({
      custom: { name: "NVIDIA GeForce RTX 4090 Founders Edition", category: "gpu", specs: { vramGb: 24 } },
      quantity: 2,
      priceCents: 159999,
      discountCents: 10000,
    });
  });
});
