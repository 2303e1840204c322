import { describe, expect, it } from "vitest";
import { analyzeBuild } from "../compat/analyze";
import { build2017, dual1080Ti2017 } from "../compat/fixtures/builds";
import { item, makeBuild, part } from "../compat/fixtures/make";
import { sharePreview } from "./share-preview";

describe("sharePreview", () => {
  it("names the GPU, the total and the status", () => {
    const analysis = analyzeBuild(build2017);
    const preview = sharePreview(build2017, analysis);
    expect(preview.gpus).toEqual(["EVGA GeForce GTX 1080 Ti Founders Edition"]);
    expect(preview.status).toBe(analysis.status);
    expect(preview.description).toContain("EVGA GeForce GTX 1080 Ti Founders Edition · $");
    expect(preview.description).toContain(preview.statusLabel);
  });

  it("counts several of the same GPU, and says when there is none or a price is missing", () => {
    expect(sharePreview(dual1080Ti2017, analyzeBuild(dual1080Ti2017)).gpus).toEqual(["2 × EVGA GeForce GTX 1080 Ti Founders Edition"]);
    const cpuOnly = makeBuild([item("cpu", part("cpu", "Some CPU", {}), 1, null)], { name: "Bare" });
    const preview = sharePreview(cpuOnly, analyzeBuild(cpuOnly));
    expect(preview).toMatchObject({ name: "Bare", gpus: [], total: "at least $0.00", statusLabel: "Incomplete" });
    expect(preview.description).toBe("No GPU yet · at least $0.00 (1 part unpriced) · Incomplete. A deep-learning PC build.");
  });
});
