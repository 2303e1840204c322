import type { BuildContent } from "../builds/stored";
import type { Part } from "../parts/types";

// Small hand-written parts for data-layer tests; the real catalog has its own tests.
export const TEST_PARTS: Part[] = [
  {
    id: "test-cpu", category: "cpu", brand: "Intel", model: "Core i7-7700K", priceCents: 33999, currency: "USD",
    releaseYear: 2017, source: "builtin", externalId: null, sourceUrl: null,
    specs: { socket: "LGA1151", cores: 4, threads: 8, tdpW: 91, unlocked: true, bundledCooler: false },
  },
  {
    id: "test-gpu", category: "gpu", brand: "NVIDIA", model: "GeForce GTX 1080 Ti", priceCents: 69900, currency: "USD",
    releaseYear: 2017, source: "builtin", externalId: null, sourceUrl: null,
    specs: { architecture: "Pascal", computeCapability: "6.1", vramGb: 11, boardPowerW: 250 },
  },
  {
    id: "test-ssd", category: "storage", brand: "Samsung", model: "850 EVO 500GB", priceCents: null, currency: "USD",
    releaseYear: 2015, source: "builtin", externalId: null, sourceUrl: null,
    specs: { type: "SSD", interface: "SATA", capacityGb: 500 },
  },
];

export function testContent(overrides: Partial<BuildContent> = {}): BuildContent {
  return {
    name: "Test box",
    currency: "USD",
    shippingCents: 1500,
    taxMilliPct: 8250,
    notes: "",
    circuit: null,
    items: [
      { partId: "test-cpu", custom: null, quantity: 1, priceCents: 31999, discountCents: 0 },
      { partId: "test-ssd", custom: null, quantity: 2, priceCents: 16999, discountCents: 2000 },
      { partId: null, custom: { name: "Thermal paste", category: "other", specs: {} }, quantity: 1, priceCents: 799, discountCents: 0 },
    ],
    ...overrides,
  };
}
