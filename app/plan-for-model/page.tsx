import type { Metadata } from "next";
import { PlanForm } from "@/components/workloads/plan-form";
import { PlanResults } from "@/components/workloads/plan-results";
import { getDb } from "@/lib/db/client";
import { listModels } from "@/lib/db/models";
import { planForModelRequest } from "@/lib/services/workloads";
import { planQueryFromParams } from "@/lib/workloads/plan-query";
import { AppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Cheapest box for a model" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PlanForModelPage({ searchParams }: Props) {
  const { values, input, errors } = planQueryFromParams(await searchParams);
  const models = (await listModels(getDb())).map((m) => ({ id: m.id, name: m.name }));
  let plan = null;
  let fieldErrors = errors;
  if (input) {
    try {
      plan = await planForModelRequest(getDb(), input);
    } catch (error) {
      if (!(error instanceof AppError) || !error.details?.fieldErrors) throw error;
      fieldErrors = error.details.fieldErrors as Record<string, string[]>;
    }
  }
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Cheapest box for a model</h1>
        <p className="max-w-3xl text-zinc-600 dark:text-zinc-400">
          Pick a model, a format, the context you need and the speed you want: this lists the cheapest GPUs from the catalog (1 to 8 cards, one model or two)
          that hold it entirely in GPU memory at that speed, with what the board, power supply and case must offer.
        </p>
      </header>
      <PlanForm values={values} errors={fieldErrors} models={models} />
      {plan ? (
        <section aria-labelledby="plan-h" className="space-y-3">
          <h2 id="plan-h" className="text-lg font-semibold">{plan.model.name}: {plan.candidates.length} option{plan.candidates.length === 1 ? "" : "s"}, cheapest first</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{plan.considered} combinations of {plan.gpusInCatalog} priced catalog GPUs checked. {plan.notes.join(" ")}</p>
          <PlanResults plan={plan} />
        </section>
      ) : null}
    </div>
  );
}
