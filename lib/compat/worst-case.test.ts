import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDraftSchema } from "../builds/draft";
import { normalizeDraft } from "../builds/normalize-draft";
import { buildChecklist } from "../benchmark/build-checklist";
import { analyzeBuild } from "./analyze";
import { boundedDraft } from "./fixtures/bounded-draft";

// Issue 13: analysis of any draft the API accepts (64 lines, quantities and specs at their
// bounds) finishes in 20 ms. The assertion is a ceiling against runaway work (a loop per
// connector or die took seconds); `npm run bench` (input-bounds) reports the measured figures.
const LIMIT_MS = 20;

describe("analysis of drafts at the bounds", () => {
  it("every schema-valid draft of up to 64 lines is accepted, then analysed within 20 ms", () => {
    let slowest = 0;
    fc.assert(
      fc.property(boundedDraft, (draft) => {
        const parsed = buildDraftSchema.parse(draft);
        const normalized = normalizeDraft(parsed, new Map());
        expect(normalized.ok).toBe(true);
        if (!normalized.ok) return;
        // Best of three: a garbage-collection pause is not the analysis' own time.
        let best = Number.POSITIVE_INFINITY;
        for (let i = 0; i < 3; i += 1) {
          const started = performance.now();
          analyzeBuild(normalized.resolved);
          best = Math.min(best, performance.now() - started);
        }
        slowest = Math.max(slowest, best);
        expect(best).toBeLessThan(LIMIT_MS);
      }),
      { numRuns: 60 },
    );
    expect(slowest).toBeGreaterThan(0);
  });

  it("the checklist of such a draft is bounded too (cards and drives listed, not multiplied out)", () => {
    fc.assert(
      fc.property(boundedDraft, (draft) => {
        const normalized = normalizeDraft(buildDraftSchema.parse(draft), new Map());
        if (!normalized.ok) return;
        const started = performance.now();
        const items = buildChecklist(normalized.resolved).sections.flatMap((s) => s.items);
        expect(performance.now() - started).toBeLessThan(LIMIT_MS * 5);
        expect(items.length).toBeLessThan(400);
      }),
      { numRuns: 30 },
    );
  });
});
