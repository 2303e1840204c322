import { describe, expect, it } from "vitest";
import { dual1080Ti2017 } from "../fixtures/builds";
import { catalogPart } from "../fixtures/catalog-parts";
import { dual4090Threadripper, quad3090On1600W } from "../fixtures/issue-15-builds";
import { item, makeBuild } from "../fixtures/make";
import { onlyFinding, ruleFindings } from "../fixtures/report-helpers";
import { RULE_IDS } from "../rule-ids";

// Issue #15, item 7: say whether the GPUs can be bridged (3090 and A6000 yes, 4090 and 5090 no)
// and that GeForce has no peer-to-peer over PCIe with the stock driver, and what that costs.
describe("dl.gpu-interconnect", () => {
  it("2x RTX 4090: no NVLink, no peer-to-peer, prefer a layer split", () => {
    const f = onlyFinding(dual4090Threadripper, RULE_IDS.dlGpuInterconnect);
    expect(f.severity).toBe("note");
    expect(f.message).toContain("has no NVLink bridge");
    expect(f.message).toContain("no peer-to-peer over PCIe");
    expect(f.message).toContain("tensor parallelism");
    expect(f.message).toContain("--split-mode layer");
  });

  it("4x RTX 3090: two NVLink bridges, one per pair", () => {
    const f = onlyFinding(quad3090On1600W, RULE_IDS.dlGpuInterconnect);
    expect(f.message).toContain("can be paired with an NVLink bridge (2 bridges, one per pair");
    expect(f.message).toContain("unless bridged");
  });

  it("RTX A6000 pair: bridgeable, and peer-to-peer works without a bridge", () => {
    const f = onlyFinding(makeBuild([item("g", catalogPart("gpu-nvidia-rtx-a6000"), 2)]), RULE_IDS.dlGpuInterconnect);
    expect(f.message).toContain("can be paired with an NVLink bridge (one bridge");
    expect(f.message).not.toContain("no peer-to-peer");
  });

  it("RTX 5090 pair and mixed models", () => {
    expect(onlyFinding(makeBuild([item("g", catalogPart("gpu-nvidia-geforce-rtx-5090-fe"), 2)]), RULE_IDS.dlGpuInterconnect).message).toContain("has no NVLink bridge");
    const mixed = makeBuild([item("a", catalogPart("gpu-nvidia-geforce-rtx-3090-fe")), item("b", catalogPart("gpu-nvidia-geforce-rtx-4090-fe"))]);
    expect(onlyFinding(mixed, RULE_IDS.dlGpuInterconnect).message).toContain("cannot be bridged");
  });

  // The 2017 box doubled: Pascal GeForce reports peer-to-peer per system (NCCL issue 175), so
  // the note says how to check rather than claiming either way.
  it("2x GTX 1080 Ti: no bridge, peer-to-peer to be checked with nvidia-smi", () => {
    const f = onlyFinding(dual1080Ti2017, RULE_IDS.dlGpuInterconnect);
    expect(f.message).toContain("has no NVLink bridge");
    expect(f.message).toContain("nvidia-smi topo -p2p r");
    expect(f.message).not.toContain("no peer-to-peer");
  });

  it("says nothing for one GPU or AMD cards", () => {
    expect(ruleFindings(makeBuild([item("g", catalogPart("gpu-nvidia-geforce-rtx-4090-fe"))]), RULE_IDS.dlGpuInterconnect)).toEqual([]);
    expect(ruleFindings(makeBuild([item("g", catalogPart("gpu-amd-radeon-rx-7900-xtx"), 2)]), RULE_IDS.dlGpuInterconnect)).toEqual([]);
  });
});
