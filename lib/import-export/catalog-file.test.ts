import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportCsv } from "./export-csv";
import { parseCatalogFile, type CatalogFileResult } from "./catalog-file";
import { sampleBuild } from "./fixtures/sample-build";

function ok(result: ReturnType<typeof parseCatalogFile>): CatalogFileResult {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}

const gpu = {
  id: "gpu-nvidia-rtx-4090-fe",
  category: "gpu",
  brand: "NVIDIA",
  model: "GeForce RTX 4090 Founders Edition",
  priceCents: 159900,
  currency: "USD",
  releaseYear: 2022,
  externalId: "nv-4090-fe",
  specs: { vendor: "nvidia", vramGb: 24, powerConnectors: { pin16: 1 } },
};

describe("parseCatalogFile (JSON)", () => {
  it("validates entries and reports bad rows without blocking the good ones", () => {
    const result = ok(parseCatalogFile(JSON.stringify([gpu, { ...gpu, specs: { vramGB: 24 } }, { ...gpu, priceCents: 0 }, "x"]), "json"));
    expect(result.rows).toEqual([
      {
        row: 1,
        kind: "part",
        part: { ...gpu, category: "gpu", sourceUrl: null },
        dropped: [],
      },
    ]);
    expect(result.errors.map((e) => e.row)).toEqual([2, 3, 4]);
    expect(result.errors[0]?.message).toContain("vramGB");
    expect(result.errors[1]?.message).toContain("priceCents");
  });

  it("reads price-list rows that only set prices of existing externalIds", () => {
    const result = ok(parseCatalogFile(JSON.stringify({ parts: [{ externalId: "nv-4090-fe", priceCents: 179900, currency: "EUR" }, { externalId: "x" }] }), "json"));
    expect(result.rows).toEqual([{ row: 1, kind: "price", update: { externalId: "nv-4090-fe", priceCents: 179900, currency: "EUR" } }]);
    expect(result.errors).toEqual([{ row: 2, message: expect.stringContaining("priceCents") }]);
  });

  it("imports a seed file as it is, taking the category from the caller", () => {
    const seed = readFileSync(new URL("../../prisma/seed/parts/psu.json", import.meta.url), "utf8");
    const result = ok(parseCatalogFile(seed, "json", { category: "psu" }));
    expect(result.errors).toEqual([]);
    expect(result.rows.length).toBeGreaterThan(5);
    expect(result.rows.every((r) => r.kind === "part" && r.part.category === "psu" && r.part.id !== null)).toBe(true);
  });

  it.each([
    ["not JSON", "[{", "invalid_json"],
    ["an object without parts", '{"a":1}', "invalid_catalog"],
    ["binary", "\u0000\u0001", "binary"],
  ])("rejects %s", (_, text, code) => {
    expect(parseCatalogFile(text, "json")).toMatchObject({ ok: false, error: { code } });
  });
});

describe("parseCatalogFile (CSV)", () => {
  it("reads specs from specs_json and from flat, schema-typed spec columns", () => {
    const csv = [
      "category,brand,model,priceCents,currency,releaseYear,externalId,specs_json,specs.socket,specs.cores,specs.memoryTypes,specs.unlocked",
      'cpu,AMD,"Ryzen 9 7950X",54900,USD,2022,amd-7950x,"{""tdpW"":170}",AM5,16,DDR5,true',
      "cpu-cooler,Noctua,NH-D15,10995,USD,,,,,,,",
      "cpu,Intel,Core i9-14900K,,USD,2023,,,LGA1700,24,DDR4;DDR5,",
    ].join("\r\n");
    const result = ok(parseCatalogFile(csv, "csv"));
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => (r.kind === "part" ? [r.row, r.part.model, r.part.priceCents, r.part.specs] : null))).toEqual([
      [2, "Ryzen 9 7950X", 54900, { tdpW: 170, socket: "AM5", cores: 16, memoryTypes: ["DDR5"], unlocked: true }],
      [3, "NH-D15", 10995, {}],
      [4, "Core i9-14900K", null, { socket: "LGA1700", cores: 24, memoryTypes: ["DDR4", "DDR5"] }],
    ]);
  });

  it("reads nested spec columns and strips the formula guard our CSV export adds", () => {
    const csv = "category,brand,model,specs.powerConnectors.pin8,specs.vramGb\ngpu,Acme,'=Evil card,2,11\n";
    const result = ok(parseCatalogFile(csv, "csv"));
    expect(result.rows[0]).toMatchObject({ part: { model: "=Evil card", specs: { powerConnectors: { pin8: 2 }, vramGb: 11 } } });
  });

  it("reads a shop's price list keyed by externalId, reporting bad lines by line number", () => {
    const result = ok(parseCatalogFile("externalId,priceCents,currency\nnv-4090-fe,179900,EUR\namd-7950x,cheap,EUR\n", "csv"));
    expect(result.rows).toEqual([{ row: 2, kind: "price", update: { externalId: "nv-4090-fe", priceCents: 179900, currency: "EUR" } }]);
    expect(result.errors).toEqual([{ row: 3, message: expect.stringContaining("priceCents") }]);
  });

  it("rejects unknown columns, so a typo fails loudly", () => {
    expect(parseCatalogFile("category,brand,model,pricecents\ngpu,a,b,1\n", "csv")).toMatchObject({
      ok: false,
      error: { code: "invalid_catalog", message: expect.stringContaining("pricecents") },
    });
  });

  it("is not fooled by a build export", () => {
    expect(parseCatalogFile(exportCsv(sampleBuild), "csv")).toMatchObject({ ok: false, error: { code: "invalid_catalog" } });
  });

  it("imports a part whose spec value is outside its bounds without that value, saying why", () => {
    // Issue 13: bounds are enforced on catalog import, the value dropped with a reason.
    const result = ok(parseCatalogFile(JSON.stringify([{ ...gpu, specs: { ...gpu.specs, powerConnectors: { pin16: 1_000_000_000 } } }]), "json"));
    expect(result.errors).toEqual([]);
    const [row] = result.rows;
    // Its only connector went, so the connector list is unknown, not empty.
    const others = Object.fromEntries(Object.entries(gpu.specs).filter(([key]) => key !== "powerConnectors"));
    expect(row?.kind === "part" && row.part.specs).toEqual(others);
    expect(row?.kind === "part" && row.dropped).toEqual([expect.stringMatching(/^powerConnectors\.pin16 1000000000 ignored \(/)]);
  });
});
