import type { BuildAnalysis } from "../compat/analyze";
import type { StoredBuild } from "./stored";

/** The public JSON of a build (GET /api/builds/<id>): never includes the edit token hash. */
export function buildToJson(build: StoredBuild, analysis: BuildAnalysis) {
  return {
    id: build.id,
    name: build.name,
    currency: build.currency,
    shippingCents: build.shippingCents,
    taxRate: build.taxMilliPct / 1000,
    notes: build.notes,
    circuit: build.circuit,
    version: build.version,
    isExample: build.isExample,
    forkedFromId: build.forkedFromId,
    createdAt: build.createdAt.toISOString(),
    updatedAt: build.updatedAt.toISOString(),
    items: build.items.map((item) => ({
      id: item.id,
      partId: item.part?.id ?? null,
      part: item.part,
      custom: item.custom,
      quantity: item.quantity,
      priceCents: item.priceCents,
      discountCents: item.discountCents,
    })),
    compatibility: { status: analysis.status, findings: analysis.findings },
    power: analysis.power,
    cost: analysis.cost,
  };
}

/** A stored build's header fields as a draft (and the editor) takes them: tax as a percentage. */
export function draftHeader(build: StoredBuild) {
  return { name: build.name, currency: build.currency, shippingCents: build.shippingCents, taxRate: build.taxMilliPct / 1000, notes: build.notes, circuit: build.circuit };
}

/** The draft that reproduces a stored build (fork, edit form, JSON export). */
export function buildToDraft(build: StoredBuild) {
  return {
    ...draftHeader(build),
    items: build.items.map((item) => {
      const common = { quantity: item.quantity, priceCents: item.priceCents, discountCents: item.discountCents };
      if (item.part) return { partId: item.part.id, ...common };
      const custom = item.custom ?? { name: "Removed part", category: "other" as const, specs: {} };
      return { custom: { name: custom.name, category: custom.category, specs: custom.specs }, ...common };
    }),
  };
}
