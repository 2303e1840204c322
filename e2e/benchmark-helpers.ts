import fs from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext } from "@playwright/test";

export const FIXTURE_1080TI = path.join(process.cwd(), "lib", "benchmark", "fixtures", "result-1080ti-box.json");

export function fixtureText(): string {
  return fs.readFileSync(FIXTURE_1080TI, "utf8");
}

export async function exampleBuildId(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/")).text();
  const id = /href="\/b\/([A-Za-z0-9_-]{22})"/.exec(html)?.[1];
  expect(id, "the home page links the example build").toBeTruthy();
  return id!;
}

/** A new build made of the example build's parts, so the 1080 Ti fixture matches it; with its token. */
export async function createExampleCopy(request: APIRequestContext, name = "Benchmark test box"): Promise<{ id: string; editToken: string }> {
  const example = await (await request.get(`/api/builds/${await exampleBuildId(request)}`)).json();
  const items = (example.items as { partId: string | null; quantity: number; priceCents: number | null; discountCents: number }[])
    .filter((item) => item.partId !== null)
    .map(({ partId, quantity, priceCents, discountCents }) => ({ partId, quantity, priceCents, discountCents }));
  const created = await request.post("/api/builds", { data: { name, items } });
  expect(created.status()).toBe(201);
  return (await created.json()) as { id: string; editToken: string };
}
