"use client";

import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useState } from "react";
import type { BuildAnalysis } from "@/lib/compat/analyze";
import type { ItemField } from "@/lib/builds/item-fields";
import { AnalysisPanel } from "./analysis-panel";
import { BuildDetails } from "./build-details";
import { rememberBuild } from "./build-registry-store";
import { DraftNotice } from "./draft-notice";
import { clearDraft } from "./draft-store";
import { EMPTY_STATE, editorReducer, toDraft, type EditorState } from "./draft-state";
import { FixButton } from "./fix-button";
import { takeOwnerLinkHandoff, type FreshKind } from "./owner-handoff";
import { rowIssues } from "./row-issues";
import { SaveStatus } from "./save-status";
import { SlotSection } from "./slot-section";
import { SLOTS } from "./slots";
import { StatusBar } from "./status-bar";
import { useDraftPersistence } from "./use-draft-persistence";
import { useFieldErrors, type FieldError } from "./use-field-errors";
import { useLiveAnalysis } from "./use-live-analysis";
import { useOwnerAccess } from "./use-owner-access";
import { usePickFlow } from "./use-pick-flow";
import { useSave } from "./use-save";

export type BuilderMode = { kind: "new" } | { kind: "edit"; buildId: string; version: number };

// Kept out of the first load (issue 4's 150 kB budget): the picker opens on demand and is fetched
// while the page is idle; the owner bar exists only on a saved build's editor; the models panel sits
// below the fold, so its code arrives after the page (the server still renders its markup).
const loadPicker = () => import("./part-picker").then((m) => ({ default: m.PartPicker }));
const PartPicker = lazy(loadPicker);
const OwnerBar = lazy(() => import("./owner-bar").then((m) => ({ default: m.OwnerBar })));
const WorkloadsPanel = lazy(() => import("@/components/workloads/workloads-panel").then((m) => ({ default: m.WorkloadsPanel })));
const checking = <p role="status" className="rounded-lg border border-zinc-200 p-3 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">Checking the owner key…</p>;

export function Builder({ mode, initialState, initialAnalysis }: { mode: BuilderMode; initialState: EditorState; initialAnalysis: BuildAnalysis | null }) {
  const [state, dispatch] = useReducer(editorReducer, initialState);
  const [announcement, setAnnouncement] = useState("");
  const [fresh, setFresh] = useState<FreshKind | null>(null);
  const buildId = mode.kind === "edit" ? mode.buildId : null;
  const { access, tryInput, forgetStored } = useOwnerAccess(buildId);
  const canEdit = mode.kind === "new" || access.kind === "owner";
  const draft = useMemo(() => toDraft(state), [state]);
  const keys = useMemo(() => state.items.map((i) => i.key), [state.items]);
  const live = useLiveAnalysis(draft, initialAnalysis, keys);
  const fields = useFieldErrors();
  const save = useSave(mode, draft, access.kind === "owner" ? access.token : null, state.name);
  const persisted = useDraftPersistence(mode.kind === "new", state, dispatch, initialState.items.length === 0);
  const pick = usePickFlow(state, dispatch, setAnnouncement);
  // Only the parts matter to the estimates, so typing a name or notes does not re-run them.
  const workloadSource = useMemo(() => ({ kind: "draft" as const, draft: { items: draft.items } }), [draft.items]);

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 200));
    idle(() => void loadPicker());
  }, []);

  // The editor of a saved build: remember it in "My builds", and show a fresh owner link once.
  useEffect(() => {
    if (!buildId) return;
    rememberBuild(buildId, initialState.name);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- sessionStorage is read after hydration
    setFresh(takeOwnerLinkHandoff(buildId));
  }, [buildId, initialState.name]);

  // "Add to build" from the catalog: focus the line it added (or replaced).
  const addedKey = persisted.added?.key;
  const [addedFocused, setAddedFocused] = useState(false);
  useEffect(() => {
    const row = addedKey && !addedFocused ? document.getElementById(`row-${addedKey}`) : null;
    if (!row) return;
    row.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- focus moves once, when the line first renders
    setAddedFocused(true);
  }, [addedKey, addedFocused, state.items]);

  // The API's own field errors (e.g. a part removed from the catalog), placed on their lines.
  const serverErrors = useMemo(() => {
    const byKey = new Map<string, Partial<Record<ItemField, string>>>();
    const other: FieldError[] = [];
    for (const e of live.invalid ?? []) {
      const line = e.itemKey ? state.items.find((i) => i.key === e.itemKey) : undefined;
      if (line && e.field) byKey.set(line.key, { ...byKey.get(line.key), [e.field]: e.messages.join("; ") });
      else other.push({ inputId: line ? `row-${line.key}` : "build-name", label: line ? line.label : e.path, message: e.messages.join("; ") });
    }
    return { byKey, other };
  }, [live.invalid, state.items]);
  const fieldErrors = useMemo(() => [...fields.list, ...serverErrors.other], [fields.list, serverErrors.other]);
  const issues = useMemo(() => rowIssues(live.analysis?.findings ?? []), [live.analysis]);

  const runSave = useCallback(() => {
    const first = fieldErrors[0];
    if (first) {
      setAnnouncement(`Not saved: fix ${fieldErrors.length === 1 ? "the marked field" : `the ${fieldErrors.length} marked fields`} first.`);
      document.getElementById(first.inputId)?.focus();
      return;
    }
    void save.run();
  }, [fieldErrors, save]);

  // Ctrl+S / ⌘S saves, as in any editor, instead of saving the page as a file.
  useEffect(() => {
    if (!canEdit) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "s") {
        e.preventDefault();
        runSave();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [canEdit, runSave]);

  const readOnly = !canEdit;
  const replacing = pick.picking?.replacing;
  const pickerDraft = replacing ? toDraft({ ...state, items: state.items.filter((i) => i.key !== replacing.key) }) : draft;

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <StatusBar analysis={live.analysis} notComputed={fieldErrors.length} announcement={announcement}
        save={canEdit ? { label: mode.kind === "new" ? "Save and get a share link" : "Save changes", busy: save.busy, onSave: runSave } : null} />
      <div className="min-w-0 space-y-6">
        {buildId ? (
          <Suspense fallback={checking}>
            <OwnerBar buildId={buildId} version={save.version} access={access} fresh={fresh} tryInput={tryInput} forgetStored={forgetStored} />
          </Suspense>
        ) : persisted.restored || persisted.added ? (
          <DraftNotice added={persisted.added} onStartOver={() => { clearDraft(); dispatch({ type: "replace", state: EMPTY_STATE }); }} />
        ) : null}
        <SaveStatus outcome={save.outcome} />
        <div>
          <h2 className="sr-only">Parts</h2>
          {SLOTS.map((slot) => (
            <SlotSection key={slot.category} category={slot.category} multiple={slot.multiple} currency={state.currency}
              items={state.items.filter((i) => i.category === slot.category)} issues={issues} serverErrors={serverErrors.byKey}
              dispatch={dispatch} report={fields.report} onPick={pick.open} readOnly={readOnly} />
          ))}
        </div>
        <BuildDetails state={state} dispatch={dispatch} report={fields.report} readOnly={readOnly} />
        <Suspense fallback={null}>
          <WorkloadsPanel source={workloadSource} />
        </Suspense>
      </div>
      <div className="space-y-4 lg:sticky lg:top-16 lg:max-h-[calc(100vh-5rem)] lg:self-start lg:overflow-y-auto">
        <AnalysisPanel analysis={live.analysis} error={live.error} pending={live.pending} fieldErrors={fieldErrors}
          findingAction={readOnly ? undefined : (f) => (f.fix ? <FixButton fix={f.fix} onOpen={pick.openFix} /> : null)} />
      </div>
      {pick.picking ? (
        <Suspense fallback={null}>
          <PartPicker category={pick.picking.category} draft={pickerDraft} filters={pick.picking.filters} replacing={replacing}
            onClose={pick.close} onPick={pick.choose} />
        </Suspense>
      ) : null}
    </div>
  );
}
