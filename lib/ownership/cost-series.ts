import { WEEKS_PER_MONTH, type BreakEven, type OwnershipInput, type OwnershipRates } from "./cost-model";

export interface CostPoint {
  month: number;
  ownCents: number;
  cloudCents: number;
}

export interface CostSeries {
  /** Month 0 to the end, one point a month; the own line before any sale. */
  points: CostPoint[];
  /** Where the lines meet (the break-even); null when they do not within the chart. */
  crossing: { month: number; cents: number } | null;
  /** The box's cost once the resale value is back, at the last month; null without a sale. */
  saleOwnCents: number | null;
  /** Totals at the last month, after the sale. */
  end: CostPoint;
}

/** Ten years: past that, hardware and prices have both changed beyond what this model says. */
export const MAX_CHART_MONTHS = 120;
const NO_BREAK_EVEN_MONTHS = 36;

/** The chart ends at the sale, or shows the break-even with room after it (whole half-years). */
export function chartMonths(input: OwnershipInput, breakEven: BreakEven): number {
  if (input.resale) return Math.min(MAX_CHART_MONTHS, Math.round(input.resale.afterYears * 12));
  if (breakEven.kind === "never") return NO_BREAK_EVEN_MONTHS;
  return Math.min(MAX_CHART_MONTHS, Math.max(12, Math.ceil((breakEven.months * 1.5) / 6) * 6));
}

const cents = (milliCents: number) => Math.round(milliCents / 1000);

/** Cumulative cost of owning and of renting the same work, month by month, in the build's currency. */
export function costSeries(input: OwnershipInput, rates: OwnershipRates, breakEven: BreakEven): CostSeries {
  const months = chartMonths(input, breakEven);
  const hoursAt = (month: number) => month * WEEKS_PER_MONTH * input.hoursPerWeek;
  const point = (month: number): CostPoint => ({
    month,
    ownCents: cents(input.purchaseCents * 1000 + rates.ownMilliCentsPerHour * hoursAt(month)),
    cloudCents: cents(rates.cloudMilliCentsPerHour * hoursAt(month)),
  });
  const points = Array.from({ length: months + 1 }, (_, month) => point(month));
  const last = points[months]!;
  const saleOwnCents = input.resale ? last.ownCents - input.resale.cents : null;
  const crossing = breakEven.kind === "hours" && breakEven.months <= months
    ? { month: breakEven.months, cents: cents(rates.cloudMilliCentsPerHour * (breakEven.atSale ? hoursAt(months) : breakEven.hours)) }
    : null;
  return { points, crossing, saleOwnCents, end: { ...last, ownCents: saleOwnCents ?? last.ownCents } };
}

export interface TableRow extends CostPoint {
  afterSale: boolean;
}

/** The chart as table rows: every 3, 6 or 12 months by length, the last month, and after the sale. */
export function tableRows(series: CostSeries): TableRow[] {
  const last = series.points.length - 1;
  const step = last <= 24 ? 3 : last <= 60 ? 6 : 12;
  const rows = series.points.filter((p) => p.month % step === 0 || p.month === last).map((p) => ({ ...p, afterSale: false }));
  if (series.saleOwnCents !== null) rows.push({ ...series.end, afterSale: true });
  return rows;
}
