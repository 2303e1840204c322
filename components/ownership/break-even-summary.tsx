import type { Currency } from "@/lib/builds/currencies";
import { spotBreakEven, type BreakEven, type CostSeries, type OwnershipInput, type OwnershipResult, type SpotTerms } from "@/lib/ownership";
import { formatMoneyPrecise, formatMoneyWhole } from "@/lib/pricing/format-money-short";

type Ok = Extract<OwnershipResult, { ok: true }>;

function Headline({ result, input }: { result: Ok; input: OwnershipInput }) {
  const be = result.breakEven;
  const years = input.resale?.afterYears;
  if (be.kind === "hours") {
    return (
      <p className="text-base" data-testid="break-even">
        Pays for itself after <strong className="text-xl tabular-nums" data-testid="break-even-hours">{be.hours.toLocaleString("en-US")}</strong> hours
        of training: <strong className="text-xl tabular-nums" data-testid="break-even-months">{be.months.toFixed(1)}</strong> months at {input.hoursPerWeek} h a week
        {be.atSale ? `, once you sell it after ${years} years` : ""}.
      </p>
    );
  }
  const own = formatMoneyPrecise(result.rates.ownMilliCentsPerHour, result.currency);
  const cloud = formatMoneyPrecise(result.rates.cloudMilliCentsPerHour, result.currency);
  const text = {
    "no-usage": "Never: at 0 hours a week the box only costs money.",
    "cloud-cheaper": `Never: an hour of the same work costs ${cloud} in the cloud, less than the box's electricity (${own}).`,
    "after-sale": `Not before you sell it after ${years} years: at this usage renting stays cheaper over that time.`,
  }[be.reason];
  return <p className="text-base font-semibold" data-testid="break-even-never">{text}</p>;
}

const monthsText = (be: BreakEven) => (be.kind === "hours" ? `${be.months.toFixed(1)} months` : "never");

/** Break-even against spot capacity at both ends of the provider's published discount range. */
function SpotLine({ input, spot }: { input: OwnershipInput; spot: SpotTerms }) {
  if (!spot.discountPct) return null;
  const range = spotBreakEven(input, spot.discountPct);
  if (!range) return null;
  const [lo, hi] = spot.discountPct;
  return (
    <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="spot-break-even">
      Against spot capacity ({lo}-{hi}% off, as published): break-even after {monthsText(range.atSmallestDiscount)} at {lo}% off, {monthsText(range.atLargestDiscount)} at {hi}% off, if the work tolerates interruptions.
    </p>
  );
}

/** The answer in words and numbers; the chart below shows the same. */
export function BreakEvenSummary({ result, input, series, k, cloudMilliCentsPerHour, cloudCurrency, spot }: {
  result: OwnershipResult | null; input: OwnershipInput | null; series: CostSeries | null; k: number | null;
  cloudMilliCentsPerHour: number | null; cloudCurrency: Currency; spot: SpotTerms | null;
}) {
  if (!result || !input) return <p className="text-sm text-zinc-600 dark:text-zinc-400">Fix the marked inputs to see the break-even.</p>;
  if (!result.ok) {
    const pairs = result.missing.map((m) => `1 ${m.from} in ${m.to}`).join(" and ");
    return <p role="alert" data-testid="rate-needed" className="text-sm font-medium text-amber-800 dark:text-amber-300">Prices in different currencies: enter {pairs} to compare them. Nothing is converted without a rate.</p>;
  }
  const money = (cents: number) => formatMoneyWhole(cents, result.currency);
  return (
    <div className="space-y-1">
      <Headline result={result} input={input} />
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        An hour on the box costs {formatMoneyPrecise(result.rates.ownMilliCentsPerHour, result.currency)} in electricity; the same work in the cloud
        {k !== null && cloudMilliCentsPerHour !== null ? ` (${k.toFixed(2)} × ${formatMoneyPrecise(cloudMilliCentsPerHour, cloudCurrency)})` : ""} costs {formatMoneyPrecise(result.rates.cloudMilliCentsPerHour, result.currency)}.
      </p>
      {spot ? <SpotLine input={input} spot={spot} /> : null}
      {series ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="horizon-totals">
          After {series.end.month} months: owning {money(series.end.ownCents)}{series.saleOwnCents !== null ? " after the resale" : ""}, renting {money(series.end.cloudCents)}.
        </p>
      ) : null}
    </div>
  );
}
