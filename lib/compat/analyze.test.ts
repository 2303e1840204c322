import { describe, expect, it } from "vitest";
import { computeCost } from "../pricing/compute-cost";
import { estimatePower } from "../power/estimate-power";
import { analyzeBuild } from "./analyze";
import { checkCompatibility } from "./check-compatibility";
import { dual1080Ti2017, twelvePartBuild } from "./fixtures/builds";

describe("analyzeBuild", () => {
  it.each([dual1080Ti2017, twelvePartBuild])("combines the three engines for $name", (build) => {
    const analysis = analyzeBuild(build);
    const report = checkCompatibility(build);
    expect(analysis.status).toBe(report.status);
    // The same findings; errors and warnings get how to fix them added (lib/compat/fixes.ts).
    const shape = ({ ruleId, severity, itemIds }: { ruleId: string; severity: string; itemIds: string[] }) => ({ ruleId, severity, itemIds });
    expect(analysis.findings.map(shape)).toEqual(report.findings.map(shape));
    analysis.findings.forEach((f, i) => {
      const raw = report.findings[i]!.message;
      if (f.severity === "note") expect(f.message).toBe(raw);
      else expect(f.message.startsWith(raw)).toBe(true);
    });
    expect(analysis.power).toEqual(estimatePower(build));
    expect(analysis.cost).toEqual(computeCost(build));
  });
});
