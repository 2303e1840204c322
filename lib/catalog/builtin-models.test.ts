import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parametersFromArchitecture, decodeParams } from "../workloads/params";
import { loadBuiltinModels } from "./builtin-models";

const models = loadBuiltinModels();

describe("built-in model catalog", () => {
  it("holds at least 30 models including every one the issue names", () => {
    expect(models.length).toBeGreaterThanOrEqual(30);
    const ids = models.map((m) => m.id);
    for (const id of ["llama-3.1-8b", "llama-3.3-70b", "qwen3-8b", "qwen3-32b", "command-r-v01", "gemma-3-27b", "gpt-oss-20b", "gpt-oss-120b",
      "qwen3-30b-a3b", "qwen3-235b-a22b", "mixtral-8x7b", "deepseek-v3", "deepseek-r1", "llama-3.2-3b", "phi-4"]) expect(ids).toContain(id);
  });

  it("covers every attention type: full, sliding window, MLA and linear/hybrid", () => {
    const types = new Set(models.flatMap((m) => m.architecture.attention.map((g) => g.type)));
    expect([...types].sort()).toEqual(["full", "linear", "mla", "sliding"]);
  });

  it("cites each model's config.json on its publisher's Hugging Face page", () => {
    for (const m of models) expect(m.sourceUrl).toMatch(/^https:\/\/huggingface\.co\/[\w.-]+\/[\w.-]+\/blob\/main\/config\.json$/);
  });

  // The architecture facts must add up to the published total: a typo in layers, widths or heads shows.
  // MLA layers use low-rank projections this count does not model; Gemma 3 totals include a 0.42B vision encoder.
  it.each(models.filter((m) => !m.architecture.attention.some((g) => g.type === "mla")).map((m) => [m.id, m] as const))("%s: parameters from the architecture match the declared total", (_id, m) => {
    const slack = m.family === "Gemma 3" ? 0.42e9 : 0;
    expect(Math.abs(parametersFromArchitecture(m) + slack - m.paramsTotal) / m.paramsTotal).toBeLessThan(0.02);
  });

  it.each(models.filter((m) => m.architecture.moe).map((m) => [m.id, m] as const))("%s: active parameters from the experts match the declared active count", (_id, m) => {
    // decodeParams leaves out the input embedding, which model cards count in, hence the slack.
    expect(decodeParams(m) / m.paramsActive).toBeGreaterThan(0.85);
    expect(decodeParams(m) / m.paramsActive).toBeLessThan(1.35);
  });

  it("reports every problem of a broken file at once", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "models-"));
    const file = path.join(dir, "models.json");
    const [first] = JSON.parse(fs.readFileSync("prisma/seed/models.json", "utf8"));
    fs.writeFileSync(file, JSON.stringify([first, { ...first, architecture: { ...first.architecture, layers: 17 } }, first, { id: "Bad Id" }]));
    expect(() => loadBuiltinModels(file)).toThrow(/\[1\]: architecture.attention: Attention groups cover 16 layers, not 17[\s\S]*\[2\] \(llama-3.2-1b\): duplicate id[\s\S]*\[3\]: id/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
