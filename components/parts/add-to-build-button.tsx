"use client";

import { useRouter } from "next/navigation";
import { addToDraft } from "@/components/builder/draft-store";
import { newKey } from "@/components/builder/draft-state";
import { announceAdded } from "@/components/builder/added-handoff";
import { useHydrated } from "@/components/builder/use-hydrated";
import type { Category } from "@/lib/parts/categories";

export interface AddablePart {
  id: string;
  category: Category;
  label: string;
  priceCents: number | null;
  /** When the catalog price was observed (the builder shows "as of"). */
  priceObservedAt?: string | null;
  currency: string;
}

/**
 * "Add to build" from the catalog: adds the part to the new build in progress in this browser
 * (or starts one; a CPU, board, case, PSU or cooler replaces the one chosen) and opens it.
 */
export function AddToBuildButton({ part, compact = false }: { part: AddablePart; compact?: boolean }) {
  const router = useRouter();
  // Disabled until hydrated: before that a click would do nothing.
  const hydrated = useHydrated();
  function add() {
    const key = newKey();
    // Reference prices are per currency; a build in another currency gets no price rather than a wrong one.
    const outcome = addToDraft(
      { key, category: part.category, label: part.label, partId: part.id, quantity: 1, priceCents: null, priceObservedAt: part.priceObservedAt ?? null, discountCents: 0 },
      part.priceCents, part.currency,
    );
    announceAdded({ key, label: part.label, replaced: outcome.kind === "replaced" ? outcome.replaced.label : null, full: outcome.kind === "full" });
    router.push("/builds/new");
  }
  return (
    <button type="button" onClick={add} disabled={!hydrated} data-testid="add-to-build" aria-label={compact ? `Add to build: ${part.label}` : undefined}
      className={compact
        ? "shrink-0 rounded-md border border-brand-600 px-2 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60 dark:border-brand-500 dark:text-brand-500 dark:hover:bg-zinc-900"
        : "rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600 disabled:opacity-60"}>
      Add to build
    </button>
  );
}
