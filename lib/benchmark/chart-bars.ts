import type { ComparisonRow, Verdict } from "./compare-result";

/** Bars stop at 150% of expectation so one 4x outlier cannot flatten every other bar. */
export const CHART_MAX_SHARE = 1.5;

export interface ChartBar {
  itemId: string;
  title: string;
  verdict: Verdict;
  /** Measured as a share of expected (1 = as expected), uncapped. */
  share: number;
  /** Share at which the item passes. */
  passShare: number;
  /** Positions on the 0-100 axis. */
  barPct: number;
  passPct: number;
  clipped: boolean;
}

const pct = (share: number) => Math.round((Math.min(share, CHART_MAX_SHARE) / CHART_MAX_SHARE) * 1000) / 10;

/**
 * One bar per measured row that has a share; zero-budget items (errors, failed drives) have no
 * share to draw and stay in the table only.
 */
export function chartBars(rows: readonly ComparisonRow[]): ChartBar[] {
  return rows.flatMap((row) => {
    if (row.measured === null || row.share === undefined || row.verdict === "not_measured") return [];
    const passShare = row.expected.minShare ?? 1;
    return [{
      itemId: row.itemId,
      title: row.title,
      verdict: row.verdict,
      share: row.share,
      passShare,
      barPct: pct(row.share),
      passPct: pct(passShare),
      clipped: row.share > CHART_MAX_SHARE,
    }];
  });
}

export const EXPECTED_PCT = pct(1);
