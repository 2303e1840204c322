import { expect, test } from "@playwright/test";

// Issue #15: the checks deep-learning builders hit, through the API and the builder.
const QUAD_3090 = {
  name: "4x RTX 3090 on 1600 W",
  currency: "USD",
  items: [
    { partId: "cpu-amd-ryzen-threadripper-pro-7975wx", quantity: 1 },
    { partId: "motherboard-asus-pro-ws-wrx90e-sage-se", quantity: 1 },
    { partId: "memory-kingston-fury-renegade-pro-128gb-4x32gb-ddr5-6000-rdimm", quantity: 2 },
    { partId: "gpu-asus-turbo-geforce-rtx-3090", quantity: 4 },
    { partId: "psu-corsair-ax1600i", quantity: 1 },
  ],
};

const rules = (body: { findings: { ruleId: string; message: string }[] }) => body.findings.map((f) => f.ruleId);

test("POST /api/compat: wall circuit by region, power limits instead of an unbuyable PSU", async ({ request }) => {
  const us = await (await request.post("/api/compat", { data: QUAD_3090 })).json();
  expect(rules(us)).toContain("psu.wall-circuit");
  const psu = us.findings.find((f: { ruleId: string }) => f.ruleId === "psu.wattage");
  // No cooler or drive in this draft: 350 + 50 + 40 + 4 x 350 = 1840 W. 1600 W leaves 1160 W for 1400 W of
  // GPUs, 82.9% of board power: 290 W each (the fixture with a cooler and an SSD gets 280 W).
  expect(psu.message).toContain("-pl 290");
  expect(psu.message).not.toContain("choose at least");
  // The same box on a 230 V / 16 A circuit fits; a circuit id the app does not know is a 400.
  const eu = await (await request.post("/api/compat", { data: { ...QUAD_3090, circuit: "eu-230v-16a" } })).json();
  expect(rules(eu)).not.toContain("psu.wall-circuit");
  expect((await request.post("/api/compat", { data: { ...QUAD_3090, circuit: "mars-400v" } })).status()).toBe(400);
});

test("a saved build keeps its circuit, and the builder's circuit setting changes the findings", async ({ page, request }) => {
  const created = await (await request.post("/api/builds", { data: { ...QUAD_3090, circuit: "na-120v-20a" } })).json();
  const read = await (await request.get(`/api/builds/${created.id}`)).json();
  expect(read.circuit).toBe("na-120v-20a");

  await page.goto(created.editUrl);
  const circuit = page.getByLabel("Wall circuit");
  await expect(circuit).toHaveValue("na-120v-20a");
  const findings = page.getByTestId("findings");
  // 1840 W / 90% (80 PLUS Titanium at full load on 115 V) = 2045 W at the wall against 1920 W on 120 V / 20 A.
  await expect(findings).toContainText("1920 W a North America 120 V / 20 A circuit");
  await circuit.selectOption("eu-230v-16a");
  await expect(findings).not.toContainText("psu.wall-circuit");
  await circuit.selectOption("");
  await expect(findings).toContainText("1440 W a North America 120 V / 15 A circuit");
});
