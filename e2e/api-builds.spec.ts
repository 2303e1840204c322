import { expect, test, type APIRequestContext } from "@playwright/test";

// API contract: each test creates its own build and checks status codes and bodies.
async function firstPartId(request: APIRequestContext, category: string): Promise<string> {
  const response = await request.get(`/api/parts?category=${category}&pageSize=1`);
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.total).toBeGreaterThan(0);
  return body.items[0].id as string;
}

async function createBuild(request: APIRequestContext) {
  const gpu = await firstPartId(request, "gpu");
  const response = await request.post("/api/builds", {
    data: { name: "API test box", items: [{ partId: gpu, quantity: 2, priceCents: 50000, discountCents: 1000 }, { custom: { name: "Thermal paste", category: "other" }, quantity: 1, priceCents: 799 }] },
  });
  expect(response.status()).toBe(201);
  const created = await response.json();
  expect(created.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  expect(created.url).toBe(`/b/${created.id}`);
  expect(created.editUrl).toBe(`/b/${created.id}/edit#token=${created.editToken}`);
  return { ...created, gpu } as { id: string; editToken: string; gpu: string };
}

test("create, read, update with the token, and the version check", async ({ request }) => {
  const { id, editToken, gpu } = await createBuild(request);
  const read = await (await request.get(`/api/builds/${id}`)).json();
  expect(read).toMatchObject({ id, name: "API test box", version: 1 });
  expect(read.cost.totalCents).toBe(2 * 50000 - 1000 + 799);
  expect(JSON.stringify(read)).not.toContain(editToken);
  expect(read.compatibility.status).toBe("incomplete");

  const auth = { authorization: `Bearer ${editToken}` };
  const body = { name: "Renamed", version: 1, items: [{ partId: gpu, quantity: 1 }] };
  const updated = await request.put(`/api/builds/${id}`, { headers: auth, data: body });
  expect(updated.status()).toBe(200);
  expect(await updated.json()).toMatchObject({ name: "Renamed", version: 2 });

  const stale = await request.put(`/api/builds/${id}`, { headers: auth, data: { ...body, name: "Stale" } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).message).toContain("changed since you opened it");
  expect((await (await request.get(`/api/builds/${id}`)).json()).name).toBe("Renamed");
});

test("refuses edits and deletes without the right token", async ({ request }) => {
  const a = await createBuild(request);
  const b = await createBuild(request);
  const body = { name: "Hijacked", version: 1, items: [] };
  expect((await request.put(`/api/builds/${a.id}`, { data: body })).status()).toBe(401);
  expect((await request.put(`/api/builds/${a.id}`, { headers: { authorization: "Bearer wrong-token" }, data: body })).status()).toBe(403);
  expect((await request.put(`/api/builds/${a.id}`, { headers: { authorization: `Bearer ${b.editToken}` }, data: body })).status()).toBe(403);
  expect((await request.delete(`/api/builds/${a.id}`)).status()).toBe(401);
  expect((await request.delete(`/api/builds/${a.id}`, { headers: { authorization: `Bearer ${b.editToken}` } })).status()).toBe(403);
  expect((await (await request.get(`/api/builds/${a.id}`)).json()).name).toBe("API test box");

  expect((await request.delete(`/api/builds/${a.id}`, { headers: { authorization: `Bearer ${a.editToken}` } })).status()).toBe(204);
  expect((await request.get(`/api/builds/${a.id}`)).status()).toBe(404);
});

test("fork makes an independent copy with its own token", async ({ request }) => {
  const source = await createBuild(request);
  const response = await request.post(`/api/builds/${source.id}/fork`);
  expect(response.status()).toBe(201);
  const fork = await response.json();
  expect(fork.id).not.toBe(source.id);
  const copy = await (await request.get(`/api/builds/${fork.id}`)).json();
  expect(copy).toMatchObject({ name: "API test box (fork)", forkedFromId: source.id, version: 1 });
  expect(copy.items).toHaveLength(2);
  expect((await request.put(`/api/builds/${source.id}`, { headers: { authorization: `Bearer ${fork.editToken}` }, data: { version: 1, items: [] } })).status()).toBe(403);
});

test("bad input gets clear 4xx answers, never 500", async ({ request }) => {
  expect((await request.get("/api/builds/not-a-real-id-but-long-enough")).status()).toBe(404);
  expect((await request.get("/api/builds/%00%00")).status()).toBe(404);
  expect((await request.post("/api/builds/short/fork")).status()).toBe(404);
  const invalid = await request.post("/api/builds", { data: { items: [{ partId: "x", quantity: 0 }] } });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).fieldErrors).toHaveProperty(["items.0.quantity"]);
  const unknownPart = await request.post("/api/builds", { data: { items: [{ partId: "no-such-part", quantity: 1 }] } });
  expect(unknownPart.status()).toBe(400);
  expect((await unknownPart.json()).fieldErrors).toHaveProperty(["items.0.partId"]);
  const notJson = await request.post("/api/builds", { headers: { "content-type": "application/json" }, data: "{nope" });
  expect(notJson.status()).toBe(400);
  const huge = await request.post("/api/builds", { headers: { "content-type": "application/json" }, data: JSON.stringify({ notes: "x".repeat(400_000), items: [] }) });
  expect(huge.status()).toBe(413);
  expect((await request.post("/api/compat", { data: { items: "nope" } })).status()).toBe(400);
  expect((await request.get("/api/parts?pageSize=5000")).status()).toBe(400);
  expect((await request.get("/api/parts/does-not-exist")).status()).toBe(404);
});
