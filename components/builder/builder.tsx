"use client";

import { useMemo, useReducer, useState } from "react";
import type { BuildAnalysis } from "@/lib/compat/analyze";
import type { Category } from "@/lib/parts/categories";
import { AnalysisPanel } from "./analysis-panel";
import { BuildDetails } from "./build-details";
import { editorReducer, toDraft, type EditorState } from "./draft-state";
import { OwnerBar } from "./owner-bar";
import { PartPicker } from "./part-picker";
import { SavedNotice } from "./saved-notice";
import { SlotSection } from "./slot-section";
import { SLOTS } from "./slots";
import { useSave } from "./use-save";
import { useLiveAnalysis } from "./use-live-analysis";
import { WorkloadsPanel } from "@/components/workloads/workloads-panel";

export type BuilderMode = { kind: "new" } | { kind: "edit"; buildId: string; version: number };

export function Builder({ mode, initialState, initialAnalysis }: { mode: BuilderMode; initialState: EditorState; initialAnalysis: BuildAnalysis | null }) {
  const [state, dispatch] = useReducer(editorReducer, initialState);
  const [picking, setPicking] = useState<Category | null>(null);
  const draft = useMemo(() => toDraft(state), [state]);
  const live = useLiveAnalysis(draft, initialAnalysis);
  const save = useSave(mode, draft);
  // Only the parts matter to the estimates, so typing a name or notes does not re-run them.
  const workloadSource = useMemo(() => ({ kind: "draft" as const, draft: { items: draft.items } }), [draft.items]);

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div className="min-w-0 space-y-6">
        {mode.kind === "edit" ? <OwnerBar buildId={mode.buildId} save={save} /> : null}
        <BuildDetails state={state} dispatch={dispatch} />
        <div>
          <h2 className="sr-only">Parts</h2>
          {SLOTS.map((slot) => (
            <SlotSection key={slot.category} category={slot.category} multiple={slot.multiple}
              items={state.items.filter((i) => i.category === slot.category)} dispatch={dispatch} onAdd={setPicking} />
          ))}
        </div>
        <WorkloadsPanel source={workloadSource} />
      </div>
      <div className="space-y-4 lg:sticky lg:top-4 lg:self-start">
        <AnalysisPanel analysis={live.analysis} error={live.error} pending={live.pending} />
        <button type="button" onClick={save.run} disabled={save.busy || (mode.kind === "edit" && !save.token)}
          className="w-full rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600 disabled:opacity-60">
          {save.busy ? "Saving…" : mode.kind === "new" ? "Save and get a share link" : "Save changes"}
        </button>
        <SavedNotice outcome={save.outcome} />
      </div>
      {picking ? (
        <PartPicker category={picking} draft={draft} onClose={() => setPicking(null)}
          onPick={(item) => { dispatch({ type: "add", item }); setPicking(null); }} />
      ) : null}
    </div>
  );
}
