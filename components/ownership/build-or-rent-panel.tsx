"use client";

import { useMemo, useState } from "react";
import { useHydrated } from "@/components/builder/use-hydrated";
import { compareOwnVsRent, costSeries, defaultForm, parseForm, unpricedBlockers, type OwnershipSetup } from "@/lib/ownership";
import type { OwnershipForm } from "@/lib/ownership/setup";
import { BreakEvenSummary } from "./break-even-summary";
import { CloudInputs } from "./cloud-inputs";
import { CostChart } from "./cost-chart";
import { CostTable } from "./cost-table";
import { KChoice } from "./k-choice";
import { UnpricedGate } from "./unpriced-gate";
import { UsageInputs } from "./usage-inputs";

/**
 * Share-page panel: when does owning this box beat renting a cloud GPU for the same work?
 * Everything is computed in the browser from the server's setup, so the first paint (server
 * rendered with the defaults) and the hydrated panel are identical: no layout shift.
 */
export function BuildOrRentPanel({ setup }: { setup: OwnershipSetup }) {
  const [form, setForm] = useState<OwnershipForm>(() => defaultForm(setup));
  const [owned, setOwned] = useState<ReadonlySet<string>>(() => new Set());
  const blocked = unpricedBlockers(setup, owned).length > 0;
  // Inputs typed before hydration would be lost, so they wait for it.
  const disabled = !useHydrated();
  const parsed = useMemo(() => parseForm(form, setup), [form, setup]);
  const outcome = useMemo(() => {
    if (!parsed.input || blocked) return { result: null, series: null };
    const result = compareOwnVsRent(parsed.input);
    return { result, series: result.ok ? costSeries(parsed.input, result.rates, result.breakEven) : null };
  }, [parsed, blocked]);
  const change = (patch: Partial<OwnershipForm>) => setForm((f) => ({ ...f, ...patch }));
  const cloudLabel = parsed.preset ? `${parsed.preset.provider} ${parsed.preset.offer}` : `${parsed.gpu.name} at your price`;
  const common = { form, errors: parsed.errors, onChange: change, disabled };

  return (
    <section aria-labelledby="rent-h" data-testid="build-or-rent" className="space-y-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <div className="space-y-1">
        <h2 id="rent-h" className="text-lg font-semibold">Build or rent</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          When does this box pay for itself against renting a cloud GPU for the same work? Cloud hours are scaled by how much faster or slower the box is.
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <form className="space-y-3" onSubmit={(e) => e.preventDefault()} aria-label="Build or rent inputs">
          <UsageInputs {...common} currency={setup.currency} wallBasis={setup.wallBasis} />
          <CloudInputs {...common} currency={setup.currency} preset={parsed.preset} />
          <KChoice {...common} setup={setup} gpu={parsed.gpu} specK={parsed.specK} fp32K={parsed.fp32K} measuredK={parsed.measuredK} />
        </form>
        <div className="min-w-0 space-y-4">
          {setup.unpricedItems.length > 0 ? (
            <UnpricedGate items={setup.unpricedItems} owned={owned} disabled={disabled}
              onToggle={(id, isOwned) => setOwned((o) => { const next = new Set(o); if (isOwned) next.add(id); else next.delete(id); return next; })} />
          ) : null}
          <div aria-live="polite" hidden={blocked}>
            <BreakEvenSummary result={outcome.result} input={parsed.input} series={outcome.series} k={parsed.input?.k ?? null} spot={parsed.preset?.spot ?? null}
              cloudMilliCentsPerHour={parsed.input?.cloud.milliCentsPerHour ?? null} cloudCurrency={parsed.input?.cloud.currency ?? "USD"} />
          </div>
          {outcome.series ? <CostChart series={outcome.series} currency={setup.currency} cloudLabel={cloudLabel} /> : null}
          {outcome.series ? <CostTable series={outcome.series} currency={setup.currency} /> : null}
        </div>
      </div>
    </section>
  );
}
