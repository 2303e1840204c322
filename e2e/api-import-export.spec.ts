import { expect, test, type APIRequestContext } from "@playwright/test";

// Export and import endpoints against the seeded built-in catalog; every test makes its own build.
const GPU = "gpu-nvidia-geforce-gtx-1080-ti-fe";
const CPU = "cpu-intel-core-i7-7700k";

const DRAFT = {
  name: "Export test: Dual 1080 Ti!",
  currency: "USD",
  shippingCents: 2500,
  taxRate: 8.25,
  notes: "Round-trip check",
  items: [
    { partId: GPU, quantity: 2, priceCents: 69_999, discountCents: 5_000 },
    { partId: CPU, quantity: 1, priceCents: 33_999 },
    { custom: { name: "PCIe riser cable 20 cm", category: "other" }, quantity: 1, priceCents: 2_999 },
  ],
};

async function createBuild(request: APIRequestContext, draft: object = DRAFT): Promise<string> {
  const response = await request.post("/api/builds", { data: draft });
  expect(response.status()).toBe(201);
  return (await response.json()).id as string;
}

const comparable = (build: { name: string; currency: string; shippingCents: number; taxRate: number; notes: string; items: Array<Record<string, unknown>> }) => ({
  name: build.name,
  currency: build.currency,
  shippingCents: build.shippingCents,
  taxRate: build.taxRate,
  notes: build.notes,
  items: build.items.map(({ partId, custom, quantity, priceCents, discountCents }) => ({ partId, custom, quantity, priceCents, discountCents })),
});

test("exports every format with its content type and a safe download name", async ({ request }) => {
  const id = await createBuild(request);
  const expected = {
    markdown: ["text/markdown; charset=utf-8", "export-test-dual-1080-ti.md", "**Video Card** | [NVIDIA GeForce GTX 1080 Ti"],
    text: ["text/plain; charset=utf-8", "export-test-dual-1080-ti.txt", "Video Card: NVIDIA GeForce GTX 1080 Ti"],
    json: ["application/json", "export-test-dual-1080-ti.json", '"format": "dl-box-build"'],
    csv: ["text/csv; charset=utf-8", "export-test-dual-1080-ti.csv", "Category,Type,Item,Part ID"],
  };
  for (const [format, [type, file, content]] of Object.entries(expected)) {
    const response = await request.get(`/api/builds/${id}/export?format=${format}`);
    expect(response.status(), format).toBe(200);
    expect(response.headers()["content-type"]).toBe(type);
    expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${file}"`);
    expect(await response.text()).toContain(content);
  }
  const bad = await request.get(`/api/builds/${id}/export?format=pdf`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).fieldErrors).toHaveProperty("format");
  expect((await request.get(`/api/builds/${id}/export`)).status()).toBe(400);
  expect((await request.get("/api/builds/AAAAAAAAAAAAAAAAAAAAAA/export?format=csv")).status()).toBe(404);
});

test("markdown export -> PCPartPicker import gives the same items and total", async ({ request, baseURL }) => {
  const id = await createBuild(request);
  const original = await (await request.get(`/api/builds/${id}`)).json();
  const markdown = await (await request.get(`/api/builds/${id}/export?format=markdown`)).text();
  // Links use the host the client asked for.
  expect(markdown.split("\n")[0]).toBe(`[Export test: Dual 1080 Ti!](${new URL(baseURL!).origin}/b/${id})`);
  expect(markdown).toContain(`(${new URL(baseURL!).origin}/parts/gpu/${GPU})`);

  const preview = await request.post("/api/import/pcpartpicker", { data: { text: markdown } });
  expect(preview.status()).toBe(200);
  const body = await preview.json();
  expect(body).not.toHaveProperty("id");
  expect(body.items.map((i: { match: { partId: string } | null; name: string; quantity: number; priceCents: number; discountCents: number }) =>
    [i.match?.partId ?? i.name, i.quantity, i.priceCents, i.discountCents])).toEqual([
    [GPU, 2, 69_999, 5_000],
    [CPU, 1, 33_999, 0],
    ["PCIe riser cable 20 cm", 1, 2_999, 0],
  ]);
  expect(body.statedTotalCents).toBe(original.cost.totalCents);
  expect(body.computedTotalCents).toBe(original.cost.totalCents);

  const saved = await request.post("/api/import/pcpartpicker", { data: { text: markdown, save: true, name: DRAFT.name } });
  expect(saved.status()).toBe(201);
  const created = await saved.json();
  expect(created.url).toBe(`/b/${created.id}`);
  expect(created.editUrl).toBe(`/b/${created.id}/edit#token=${created.editToken}`);
  const copy = await (await request.get(`/api/builds/${created.id}`)).json();
  expect(copy.cost.totalCents).toBe(original.cost.totalCents);
  expect(copy.items.map((i: { partId: string | null; quantity: number }) => [i.partId, i.quantity])).toEqual([[GPU, 2], [CPU, 1], [null, 1]]);
});

test("JSON export -> import gives an identical build", async ({ request }) => {
  const id = await createBuild(request);
  const json = await (await request.get(`/api/builds/${id}/export?format=json`)).text();
  const preview = await request.post("/api/import/json", { data: { text: json } });
  expect(preview.status()).toBe(200);
  expect((await preview.json()).warnings).toEqual([]);
  const saved = await request.post("/api/import/json", { data: { text: json, save: true } });
  expect(saved.status()).toBe(201);
  const [a, b] = await Promise.all([id, (await saved.json()).id].map(async (x) => (await request.get(`/api/builds/${x}`)).json()));
  expect(comparable(b)).toEqual(comparable(a));
  // Item ids are per build; everything the cost is made of must match.
  const costOf = (build: { cost: { totalCents: number; taxCents: number; lines: Array<{ itemId: string }> } }) => ({
    ...build.cost, lines: build.cost.lines.map((line) => ({ ...line, itemId: "" })), unknownPriceItemIds: [],
  });
  expect(costOf(b)).toEqual(costOf(a));
});

test("garbage, oversized and binary input get a 4xx and save nothing", async ({ request }) => {
  const cases: Array<[string, string, object, number, string?]> = [
    ["garbage", "/api/import/pcpartpicker", { text: "hello, this is not a part list\n1 2 3", save: true }, 422, "not_a_part_list"],
    ["empty", "/api/import/pcpartpicker", { text: "   ", save: true }, 400, "empty"],
    ["1 MB+", "/api/import/pcpartpicker", { text: `CPU: Intel Core i7-7700K ($339.99)\n${"x".repeat(1024 * 1024)}`, save: true }, 413, "too_large"],
    ["binary", "/api/import/pcpartpicker", { text: "\u0089PNG\r\n\u001a\n\u0001\u0002\u0003\rIHDR", save: true }, 415, "binary"],
    // NUL is refused for every JSON body, before the importer looks (no database text can hold it).
    ["binary with NUL", "/api/import/pcpartpicker", { text: "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR", save: true }, 400],
    ["not our JSON", "/api/import/json", { text: '{"hello": "world"}', save: true }, 422, "unsupported_format"],
    ["broken JSON", "/api/import/json", { text: "{ nope", save: true }, 400, "invalid_json"],
    ["wrong body", "/api/import/pcpartpicker", { list: "CPU: x", save: true }, 400],
  ];
  for (const [label, url, data, status, code] of cases) {
    const response = await request.post(url, { data });
    expect(response.status(), label).toBe(status);
    const body = await response.json();
    expect(body, label).not.toHaveProperty("id");
    expect(body.message, label).toBeTruthy();
    if (code) expect(body.code, label).toBe(code);
  }
  // A raw binary upload is not even a JSON body.
  const raw = await request.post("/api/import/pcpartpicker", { headers: { "content-type": "application/octet-stream" }, data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]) });
  expect(raw.status()).toBe(415);
  expect(await raw.json()).not.toHaveProperty("id");
});
