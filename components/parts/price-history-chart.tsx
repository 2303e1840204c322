import { useId } from "react";
import { niceTicks } from "@/lib/charts/nice-ticks";
import { timeAxis, type PriceHistory } from "@/lib/prices/history";
import { formatObservedDay } from "@/lib/prices/observed-at";
import { formatMoney } from "@/lib/pricing/format-money";
import { formatMoneyCompact } from "@/lib/pricing/format-money-short";

// Colour, dash and marker shape differ per retailer, so lines stay apart without colour vision.
export const SERIES_STYLES = [
  { stroke: "stroke-brand-700 dark:stroke-brand-500", fill: "fill-brand-700 dark:fill-brand-500", dash: "", marker: "circle" },
  { stroke: "stroke-amber-600 dark:stroke-amber-400", fill: "fill-amber-600 dark:fill-amber-400", dash: "7 4", marker: "square" },
  { stroke: "stroke-sky-700 dark:stroke-sky-400", fill: "fill-sky-700 dark:fill-sky-400", dash: "2 3", marker: "diamond" },
  { stroke: "stroke-rose-700 dark:stroke-rose-400", fill: "fill-rose-700 dark:fill-rose-400", dash: "10 3 2 3", marker: "triangle" },
  { stroke: "stroke-emerald-700 dark:stroke-emerald-400", fill: "fill-emerald-700 dark:fill-emerald-400", dash: "4 2", marker: "circle" },
  { stroke: "stroke-violet-700 dark:stroke-violet-400", fill: "fill-violet-700 dark:fill-violet-400", dash: "1 2", marker: "square" },
  { stroke: "stroke-zinc-700 dark:stroke-zinc-300", fill: "fill-zinc-700 dark:fill-zinc-300", dash: "12 4", marker: "diamond" },
  { stroke: "stroke-lime-700 dark:stroke-lime-400", fill: "fill-lime-700 dark:fill-lime-400", dash: "6 2 2 2", marker: "triangle" },
] as const;

export function Marker({ shape, x, y, className }: { shape: string; x: number; y: number; className: string }) {
  const r = 4;
  if (shape === "square") return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} className={className} />;
  if (shape === "diamond") return <path d={`M${x},${y - r - 1}L${x + r + 1},${y}L${x},${y + r + 1}L${x - r - 1},${y}Z`} className={className} />;
  if (shape === "triangle") return <path d={`M${x},${y - r - 1}L${x + r + 1},${y + r}L${x - r - 1},${y + r}Z`} className={className} />;
  return <circle cx={x} cy={y} r={r} className={className} />;
}

const NARROW = { w: 330, h: 230 };
const WIDE = { w: 620, h: 280 };
const M = { left: 52, right: 12, top: 12, bottom: 28 };

function describe(history: PriceHistory): string {
  const money = (c: number) => formatMoney(c, history.currency);
  const lines = history.series.map((s) => `${s.retailer}: ${s.points.length} price${s.points.length === 1 ? "" : "s"}, latest ${money(s.latest.priceCents)} on ${formatObservedDay(s.latest.observedAt)}`);
  return `From ${formatObservedDay(history.from)} to ${formatObservedDay(history.to)}, between ${money(history.minCents)} and ${money(history.maxCents)}. ${lines.join("; ")}.`;
}

function Svg({ history, size, className, main }: { history: PriceHistory; size: { w: number; h: number }; className: string; main: boolean }) {
  const id = useId();
  const { w: W, h: H } = size;
  const axis = timeAxis(history.from, history.to);
  const yTicks = niceTicks(history.maxCents, 4);
  const yMax = yTicks.at(-1)!;
  const x = (iso: string | number) => M.left + (((typeof iso === "number" ? iso : Date.parse(iso)) - axis.start) / (axis.end - axis.start)) * (W - M.left - M.right);
  const y = (cents: number) => M.top + (1 - cents / yMax) * (H - M.top - M.bottom);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className={`h-auto w-full ${className}`} role="img" aria-labelledby={`${id}-t ${id}-d`} data-testid={main ? "price-chart-svg" : undefined}>
      <title id={`${id}-t`}>Price history by retailer</title>
      <desc id={`${id}-d`}>{describe(history)}</desc>
      <g className="fill-zinc-600 text-[11px] dark:fill-zinc-400">
        {yTicks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className="stroke-zinc-200 dark:stroke-zinc-800" />
            <text x={M.left - 6} y={y(t) + 4} textAnchor="end">{formatMoneyCompact(t, history.currency)}</text>
          </g>
        ))}
        {axis.ticks.map((t) => <text key={t.at} x={x(t.at)} y={H - M.bottom + 16} textAnchor="middle">{t.label}</text>)}
      </g>
      {history.series.map((s, i) => {
        const style = SERIES_STYLES[i % SERIES_STYLES.length]!;
        const d = s.points.map((p, j) => `${j ? "L" : "M"}${x(p.observedAt).toFixed(1)},${y(p.priceCents).toFixed(1)}`).join("");
        return (
          <g key={s.retailer} data-testid={main ? "price-series" : undefined} data-retailer={s.retailer}>
            {s.points.length > 1 ? <path d={d} fill="none" strokeWidth="2" strokeDasharray={style.dash || undefined} className={style.stroke} /> : null}
            {s.points.map((p) => <Marker key={p.observedAt} shape={style.marker} x={x(p.observedAt)} y={y(p.priceCents)} className={style.fill} />)}
          </g>
        );
      })}
    </svg>
  );
}

/** Prices over time, one line per retailer, server-rendered SVG; the table below holds the same data. */
export function PriceHistoryChart({ history }: { history: PriceHistory }) {
  return (
    <figure className="space-y-2" data-testid="price-chart">
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400" aria-hidden="true">
        {history.series.map((s, i) => {
          const style = SERIES_STYLES[i % SERIES_STYLES.length]!;
          return (
            <span key={s.retailer} className="flex items-center gap-1.5">
              <svg width="22" height="10"><line x1="0" y1="5" x2="22" y2="5" strokeWidth="2" strokeDasharray={style.dash || undefined} className={style.stroke} /><Marker shape={style.marker} x={11} y={5} className={style.fill} /></svg>
              {s.retailer}
            </span>
          );
        })}
      </figcaption>
      <Svg history={history} size={NARROW} className="sm:hidden" main={false} />
      <Svg history={history} size={WIDE} className="hidden sm:block" main />
    </figure>
  );
}
