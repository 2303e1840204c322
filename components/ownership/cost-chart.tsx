import { useId } from "react";
import { niceTicks } from "@/lib/charts/nice-ticks";
import type { CostSeries } from "@/lib/ownership";
import { formatMoneyCompact, formatMoneyWhole } from "@/lib/pricing/format-money-short";

// Two geometries, swapped by CSS at the sm breakpoint: SVG text scales with the viewBox, so one
// drawing cannot keep its labels readable on both a phone and a desktop. No JS, no layout shift.
const NARROW = { w: 330, h: 250 };
const WIDE = { w: 560, h: 300 };
const M = { left: 46, right: 10, top: 14, bottom: 36 };

type Props = { series: CostSeries; currency: string; cloudLabel: string };

function monthStep(end: number): number {
  return end <= 12 ? 3 : end <= 24 ? 6 : end <= 60 ? 12 : 24;
}

/** What the chart shows, for its <desc>: the same facts a sighted reader takes from the lines. */
function describe(series: CostSeries, currency: string): string {
  const money = (c: number) => formatMoneyWhole(c, currency);
  const start = `Owning starts at ${money(series.points[0]!.ownCents)}.`;
  const end = `After ${series.end.month} months owning has cost ${money(series.end.ownCents)}${series.saleOwnCents !== null ? " after the resale" : ""} and renting ${money(series.end.cloudCents)}.`;
  const cross = series.crossing ? `The lines cross at month ${series.crossing.month.toFixed(1)}: the break-even.` : "The lines do not cross on this chart.";
  return `${start} ${end} ${cross}`;
}

function ChartSvg({ series, currency, cloudLabel, size, className, main }: Props & { size: { w: number; h: number }; className: string; main: boolean }) {
  const id = useId();
  const { w: W, h: H } = size;
  const end = series.points.length - 1;
  const yTicks = niceTicks(Math.max(...series.points.map((p) => Math.max(p.ownCents, p.cloudCents))), 4);
  const yMax = yTicks.at(-1)!;
  const x = (month: number) => M.left + (month / end) * (W - M.left - M.right);
  const y = (cents: number) => M.top + (1 - Math.max(0, cents) / yMax) * (H - M.top - M.bottom);
  const path = (pick: (p: CostSeries["points"][number]) => number) => series.points.map((p, i) => `${i ? "L" : "M"}${x(p.month).toFixed(1)},${y(pick(p)).toFixed(1)}`).join("");
  const own = path((p) => p.ownCents) + (series.saleOwnCents !== null ? `L${x(end).toFixed(1)},${y(series.saleOwnCents).toFixed(1)}` : "");
  const xTicks = Array.from({ length: Math.floor(end / monthStep(end)) + 1 }, (_, i) => i * monthStep(end));
  const c = series.crossing;
  const right = c !== null && x(c.month) > W / 2;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className={`h-auto w-full ${className}`} role="img" aria-labelledby={`${id}-t ${id}-d`} data-testid={main ? "cost-chart-svg" : undefined}>
      <title id={`${id}-t`}>{`Cumulative cost over time: owning this box against renting ${cloudLabel}`}</title>
      <desc id={`${id}-d`}>{describe(series, currency)}</desc>
      <g className="fill-zinc-600 text-[11px] dark:fill-zinc-400">
        {yTicks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className="stroke-zinc-200 dark:stroke-zinc-800" />
            <text x={M.left - 6} y={y(t) + 4} textAnchor="end">{formatMoneyCompact(t, currency)}</text>
          </g>
        ))}
        {xTicks.map((m) => <text key={m} x={x(m)} y={H - M.bottom + 16} textAnchor="middle">{m}</text>)}
        <text x={(M.left + W - M.right) / 2} y={H - 4} textAnchor="middle">Months</text>
      </g>
      <path d={path((p) => p.cloudCents)} fill="none" strokeWidth="2.5" strokeDasharray="7 4" className="stroke-amber-600 dark:stroke-amber-400" />
      <path d={own} fill="none" strokeWidth="2.5" className="stroke-brand-700 dark:stroke-brand-500" />
      {c ? (
        <g data-testid={main ? "chart-crossing" : undefined}>
          <circle cx={x(c.month)} cy={y(c.cents)} r="5" strokeWidth="2" className="fill-zinc-900 stroke-white dark:fill-zinc-100 dark:stroke-zinc-950" />
          <text x={x(c.month) + (right ? -9 : 9)} y={Math.max(12, y(c.cents) - 9)} textAnchor={right ? "end" : "start"}
            className="fill-zinc-900 text-[12px] font-semibold dark:fill-zinc-100">Break-even, month {c.month.toFixed(1)}</text>
        </g>
      ) : null}
    </svg>
  );
}

/** Cumulative cost of owning against renting, in SVG: no chart library, server-rendered with the page. */
export function CostChart(props: Props) {
  return (
    <figure className="space-y-2" data-testid="cost-chart">
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400" aria-hidden="true">
        <span className="flex items-center gap-1.5"><svg width="18" height="6"><line x1="0" y1="3" x2="18" y2="3" strokeWidth="3" className="stroke-brand-700 dark:stroke-brand-500" /></svg>Own: purchase + electricity{props.series.saleOwnCents !== null ? " − resale" : ""}</span>
        <span className="flex items-center gap-1.5"><svg width="18" height="6"><line x1="0" y1="3" x2="18" y2="3" strokeWidth="3" strokeDasharray="5 3" className="stroke-amber-600 dark:stroke-amber-400" /></svg>Rent: {props.cloudLabel}</span>
      </figcaption>
      <ChartSvg {...props} size={NARROW} className="sm:hidden" main={false} />
      <ChartSvg {...props} size={WIDE} className="hidden sm:block" main />
    </figure>
  );
}
