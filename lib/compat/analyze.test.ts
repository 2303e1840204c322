import { describe, expect, it } from "vitest";
import { computeCost } from "../pricing/compute-cost";
import { estimatePower } from "../power/estimate-power";
import { analyzeBuild } from "./analyze";
import { checkCompatibility } from "./check-compatibility";
import { dual1080Ti2017, twelvePartBuild } from "./fixtures/builds";

describe("analyzeBuild", () => {
  it.each([dual1080Ti2017, twelvePartBuild])("combines the three engines for $name", (build) => {
    const analysis = analyzeBuild(build);
    expect({ status: analysis.status, findings: analysis.findings }).toEqual(checkCompatibility(build));
    expect(analysis.power).toEqual(estimatePower(build));
    expect(analysis.cost).toEqual(computeCost(build));
  });
});
