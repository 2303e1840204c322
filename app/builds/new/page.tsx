import type { Metadata } from "next";
import { Builder } from "@/components/builder/builder";
import { EMPTY_STATE, type EditorState } from "@/components/builder/draft-state";
import { getDb } from "@/lib/db/client";
import { partName } from "@/lib/parts/types";
import { draftGpusFromQuery } from "@/lib/services/workloads";

export const metadata: Metadata = { title: "New build" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `?gpus=<partId>:<count>,...` (from the model planner) starts the builder with those cards. */
async function initialState(gpus: string | string[] | undefined): Promise<EditorState> {
  const cards = await draftGpusFromQuery(getDb(), typeof gpus === "string" ? gpus : undefined);
  if (cards.length === 0) return EMPTY_STATE;
  return {
    ...EMPTY_STATE,
    items: cards.map(({ part, quantity }, index) => ({
      key: `planned-${index}`, category: "gpu", label: partName(part), partId: part.id, quantity, priceCents: part.priceCents, discountCents: 0,
    })),
  };
}

export default async function NewBuildPage({ searchParams }: Props) {
  const state = await initialState((await searchParams).gpus);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">New build</h1>
        <p className="text-zinc-600 dark:text-zinc-400">
          {state.items.length > 0 ? "Started with the GPUs from the model planner; add the rest slot by slot." : "Add parts slot by slot; compatibility, power and the total update as you go."}
        </p>
      </header>
      <Builder mode={{ kind: "new" }} initialState={state} initialAnalysis={null} />
    </div>
  );
}
