import Link from "next/link";
import { formatMoney } from "@/lib/pricing/format-money";
import type { planForModelRequest } from "@/lib/services/workloads";
import { formatSpeed, PLACEMENT_LABELS } from "@/lib/workloads/view";

type Plan = Awaited<ReturnType<typeof planForModelRequest>>;

/** Cheapest first; each with what the board, PSU and case must offer, and a link into the builder. */
export function PlanResults({ plan }: { plan: Plan }) {
  if (plan.candidates.length === 0) {
    return <p data-testid="plan-empty" className="rounded-md border border-zinc-200 p-4 text-sm dark:border-zinc-800">No combination of up to the chosen number of catalog GPUs meets this. Try a smaller format, a shorter context, a lower speed or more GPUs.</p>;
  }
  return (
    <ol className="space-y-3" data-testid="plan-results">
      {plan.candidates.map((c, index) => {
        const k = c.constraints;
        const cards = c.gpus.map((g) => `${g.quantity} × ${g.name}`).join(" + ");
        return (
          <li key={index} data-testid="plan-candidate" className="space-y-2 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold">{cards}</h3>
              <p className="tabular-nums"><span className="text-lg font-semibold">{formatMoney(c.gpuCostCents, "USD")}</span> <span className="text-sm text-zinc-600 dark:text-zinc-400">for the GPUs</span></p>
            </div>
            <p className="text-sm">
              <span className="font-medium tabular-nums">{formatSpeed(c.decodeTokensPerSecond)} tok/s</span> decode · {PLACEMENT_LABELS[c.placement].toLowerCase()}
            </p>
            <ul className="grid gap-x-6 gap-y-0.5 text-sm text-zinc-700 sm:grid-cols-2 dark:text-zinc-300">
              <li>PSU: {k.psuAtLeastW ? `at least ${k.psuAtLeastW} W` : "size from the cards' board power"}{k.psuConnectors.pin16 + k.psuConnectors.pcie8 + k.psuConnectors.eps8 > 0 ? `, ${[k.psuConnectors.pin16 ? `${k.psuConnectors.pin16} × 16-pin` : "", k.psuConnectors.pcie8 ? `${k.psuConnectors.pcie8} × PCIe 8-pin` : "", k.psuConnectors.eps8 ? `${k.psuConnectors.eps8} × EPS 8-pin` : ""].filter(Boolean).join(", ")}` : ""}</li>
              <li>Board: {k.boardX16Slots} x16-length slot{k.boardX16Slots > 1 ? "s" : ""}{k.boardPcieGen ? `, PCIe ${k.boardPcieGen}.0 for full speed` : ""}</li>
              <li>Case: {k.caseMaxGpuLengthMm ? `cards up to ${k.caseMaxGpuLengthMm} mm` : "card length unknown"}{k.caseExpansionSlots ? `, ${k.caseExpansionSlots} expansion slots` : ""}</li>
              {k.gpuBoardPowerW ? <li>GPU board power: {k.gpuBoardPowerW} W</li> : null}
            </ul>
            {[...k.notes, ...c.notes].length > 0 ? <ul className="list-disc pl-5 text-xs text-zinc-600 dark:text-zinc-400">{[...k.notes, ...c.notes].map((n) => <li key={n}>{n}</li>)}</ul> : null}
            <Link href={c.buildUrl} className="inline-block rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800" data-testid="open-build">
              Open as a new build
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
