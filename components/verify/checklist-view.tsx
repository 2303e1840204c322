"use client";

import { useMemo } from "react";
import { useHydrated } from "@/components/builder/use-hydrated";
import type { Checklist, ChecklistItem } from "@/lib/benchmark";
import { RichText } from "./rich-text";
import { muted } from "./styles";
import { useChecklistProgress } from "./use-checklist-progress";

function ItemRow({ item, checked, disabled, onChange }: { item: ChecklistItem; checked: boolean; disabled: boolean; onChange: (checked: boolean) => void }) {
  const inputId = `check-${item.id}`;
  return (
    <li className="space-y-1" data-item-id={item.id}>
      <div className="flex items-start gap-2">
        <input id={inputId} type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.currentTarget.checked)}
          aria-describedby={`${inputId}-expect`} className="mt-1 h-4 w-4 shrink-0 accent-brand-700" />
        <label htmlFor={inputId} className={`font-medium ${checked ? "line-through decoration-zinc-400" : ""}`}>{item.title}</label>
      </div>
      <div className="space-y-1 pl-6 text-sm">
        <p id={`${inputId}-expect`}><span className={muted}>Expect:</span> {item.expect}</p>
        <details>
          <summary className={`cursor-pointer ${muted}`}>How to check</summary>
          <div className="mt-1 space-y-1 break-words">
            <p><span className={muted}>Run:</span> <RichText text={item.run} /></p>
            <p><span className={muted}>Judge:</span> <RichText text={item.judge} /></p>
            {(item.references ?? []).map((ref) => (
              <p key={ref.label} className={muted}>Reference: {ref.label}: {ref.value} {ref.unit}{ref.estimate ? " (estimate)" : ""}</p>
            ))}
          </div>
        </details>
      </div>
    </li>
  );
}

/** The checklist by section; ticks are kept in this browser only (localStorage). */
export function ChecklistView({ buildId, checklist }: { buildId: string; checklist: Checklist }) {
  const hydrated = useHydrated();
  const itemIds = useMemo(() => checklist.sections.flatMap((s) => s.items.map((i) => i.id)), [checklist]);
  const { done, setDone } = useChecklistProgress(buildId, itemIds);
  return (
    <section className="space-y-4" aria-labelledby="verify-checklist-h">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="verify-checklist-h" className="font-semibold">Checklist</h3>
        <p aria-live="polite" data-testid="checklist-progress" className={`text-sm ${muted}`}>{done.size} of {itemIds.length} done</p>
      </div>
      {checklist.notes.map((note) => <p key={note} className={`text-sm ${muted}`}>Note: {note}</p>)}
      {checklist.sections.map((section) => (
        // min-w-0: a fieldset is at least as wide as its longest word (a long command) by default.
        <fieldset key={section.id} className="min-w-0 space-y-2">
          <legend className="text-sm font-semibold uppercase tracking-wide">{section.title}</legend>
          <ul className="space-y-3">
            {section.items.map((item) => (
              <ItemRow key={item.id} item={item} checked={done.has(item.id)} disabled={!hydrated} onChange={(checked) => setDone(item.id, checked)} />
            ))}
          </ul>
        </fieldset>
      ))}
    </section>
  );
}
