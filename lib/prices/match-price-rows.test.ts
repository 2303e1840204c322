import { describe, expect, it } from "vitest";
import { createRowMatcher, type PricedPart } from "./match-price-rows";

const parts: PricedPart[] = [
  { id: "gpu-nvidia-geforce-rtx-4090-fe", category: "gpu", brand: "NVIDIA", model: "GeForce RTX 4090 Founders Edition", source: "builtin" },
  { id: "odb-1", category: "gpu", brand: "NVIDIA", model: "Founders Edition GeForce RTX 4090 24GB GDDR6X", source: "imported", partNumbers: ["900-1G136-2530-000"] },
  { id: "odb-2", category: "gpu", brand: "Zotac", model: "AMP GeForce GTX 1080 Ti 11GB GDDR5X Black", source: "imported", partNumbers: ["ZT-P10810D-10P"] },
  { id: "memory-corsair-64", category: "memory", brand: "Corsair", model: "Vengeance LPX 64GB (4 x 16GB) DDR4-3000 CL16 (CMK64GX4M4D3000C16)", source: "builtin" },
  { id: "odb-3", category: "memory", brand: "Corsair", model: "Vengeance LPX 64GB", source: "imported", partNumbers: ["CMK64GX4M4D3000C16"] },
  { id: "odb-4", category: "cpu", brand: "Intel", model: "Core i7 7700K", source: "imported", partNumbers: ["SHARED1"] },
  { id: "odb-5", category: "cpu", brand: "Intel", model: "Core i7 7700", source: "imported", partNumbers: ["SHARED1"] },
];
const match = createRowMatcher(parts);
const row = (r: { partId?: string; mpn?: string; name?: string; category?: "gpu" | "memory" | "cpu" }) => ({ partId: r.partId ?? null, mpn: r.mpn ?? null, name: r.name ?? null, category: r.category ?? null });

describe("createRowMatcher", () => {
  it("finds a part by id first", () => {
    expect(match(row({ partId: "odb-2", name: "whatever" }))).toMatchObject({ partId: "odb-2", by: "id" });
    expect(match(row({ partId: "nope" }))).toMatchObject({ partId: null, reason: expect.stringMatching(/no part with id/) });
  });

  it("by part number, typed with or without dashes, listed or written in the name", () => {
    expect(match(row({ mpn: "zt-p10810d-10p" }))).toMatchObject({ partId: "odb-2", by: "mpn" });
    expect(match(row({ mpn: "ZTP10810D10P" }))).toMatchObject({ partId: "odb-2", by: "mpn" });
    expect(match(row({ mpn: "900-1G136-2530-000" }))).toMatchObject({ partId: "odb-1", by: "mpn" });
    // Written in the curated kit's name and listed by the imported one: the curated part wins.
    expect(match(row({ mpn: "CMK64GX4M4D3000C16" }))).toMatchObject({ partId: "memory-corsair-64", by: "mpn" });
    expect(match(row({ mpn: "SHARED1" }))).toMatchObject({ partId: null, reason: expect.stringMatching(/fits 2 parts/) });
  });

  it("by name through the matcher, curated first at equal scores, else reports it", () => {
    expect(match(row({ name: "NVIDIA GeForce RTX 4090 Founders Edition", category: "gpu" }))).toMatchObject({ partId: "gpu-nvidia-geforce-rtx-4090-fe", by: "name" });
    expect(match(row({ name: "Zotac AMP GeForce GTX 1080 Ti 11GB" }))).toMatchObject({ partId: "odb-2", by: "name" });
    expect(match(row({ name: "Completely different thing" }))).toMatchObject({ partId: null, reason: expect.stringMatching(/name/) });
  });
});
