"use client";

import { useEffect, useRef, useState } from "react";
import type { BuildDraft } from "@/lib/builds/draft";
import { CATEGORY_LABELS, type Category } from "@/lib/parts/categories";
import { CATEGORY_PHRASES } from "@/lib/parts/category-phrases";
import type { SearchItem, SearchResult } from "@/lib/parts/search";
import { partName } from "@/lib/parts/types";
import { CustomPartForm } from "./custom-part-form";
import type { EditorItem } from "./draft-state";
import { newKey } from "./draft-state";
import { FixFilterNote } from "./fix-filter-note";
import { PickerControls, type PickerFilter, type PickerSettings } from "./picker-controls";
import { moveAmongResults } from "./picker-keys";
import { PickerResults } from "./picker-results";
import { useContinuedScan } from "./use-continued-scan";

const INITIAL: PickerSettings = { sort: "", filters: {}, pricedOnly: false, compatibleOnly: true };

/**
 * Modal catalog picker: relevance search, sorts, key filters, priced and compatible parts only,
 * custom parts. Focus starts in the search box; Enter or ↓ moves to the results, ↑/↓ between them,
 * Escape closes. `fixFilters` (from a finding's fix) start the filters on parts that fix it;
 * `replacing` names the line the chosen part will replace ("Change").
 */
export function PartPicker({ category, draft, onPick, onClose, filters: fixFilters, replacing }: {
  category: Category;
  draft: BuildDraft;
  onPick: (item: EditorItem) => void;
  onClose: () => void;
  filters?: Record<string, string>;
  replacing?: EditorItem;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);
  const pendingEnters = useRef(0);
  // The request the shown results answer: "Show more" and "Check more parts" continue that query,
  // whatever was typed or toggled since.
  const answered = useRef<SearchRequest | null>(null);
  const [q, setQueryText] = useState("");
  const setQ = (text: string) => {
    pendingEnters.current = 0;
    setQueryText(text);
  };
  const [settings, setSettings] = useState<PickerSettings>({ ...INITIAL, filters: fixFilters ?? {} });
  const [filters, setFilters] = useState<PickerFilter[]>([]);
  const [pageSize, setPageSize] = useState(20);
  const [result, setResult] = useState<SearchResult | null>(null);
  // The query the shown results answer. Keys typed ahead of the current query's results wait for
  // them, so a fast typist never adds a result of the previous query: one Enter moves to the first
  // result when it arrives, a second one (as with results on screen) adds it.
  const [shownQuery, setShownQuery] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const draftJson = JSON.stringify(draft);
  const settingsJson = JSON.stringify(settings);

  useEffect(() => {
    dialog.current?.showModal();
    // showModal focuses the first focusable element ("Close"); the search box is where to start.
    search.current?.focus();
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/parts/filters?category=${encodeURIComponent(category)}`, { signal: controller.signal })
      .then((r) => (r.ok ? r.json() : { filters: [] }))
      .then((json: { filters: PickerFilter[] }) => setFilters(json.filters))
      .catch(() => undefined);
    return () => controller.abort();
  }, [category]);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const request: SearchRequest = { category, q, pageSize, settings: JSON.parse(settingsJson) as PickerSettings, draft: JSON.parse(draftJson) as BuildDraft };
        const json = await searchParts(request, controller.signal);
        answered.current = request;
        setResult(json);
        setShownQuery(q);
        setError(null);
      } catch (e) {
        if (!controller.signal.aborted) setError(e instanceof Error ? e.message : "Search failed");
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [category, q, pageSize, draftJson, settingsJson]);
  const more = useContinuedScan(result, (checkFrom) => searchParts({ ...answered.current!, pageSize: 20, checkFrom }));
  const checkMore = async () => {
    const before = more.items.length;
    await more.checkMore();
    // The button goes once the whole list is checked; focus then moves to the first part it added
    // (or the search box) rather than dropping to the page.
    requestAnimationFrame(() => {
      if (dialog.current?.contains(document.activeElement)) return;
      const added = results.current?.querySelectorAll<HTMLButtonElement>("button[data-pick]")[before];
      (added ?? search.current)?.focus();
    });
  };

  useEffect(() => {
    if (pendingEnters.current === 0 || shownQuery !== q) return;
    const adds = pendingEnters.current > 1;
    pendingEnters.current = 0;
    if (moveAmongResults(results.current, null, 1) && adds) (document.activeElement as HTMLButtonElement).click();
  }, [result, shownQuery, q]);

  /** Enter or ↓ in the search box: to the first result now, or once the typed query's results arrive. */
  function toResults(key: string) {
    if (shownQuery === q) {
      moveAmongResults(results.current, null, 1);
      return;
    }
    const waiting = pendingEnters.current;
    pendingEnters.current = Math.min(2, waiting + (key === "Enter" || waiting === 0 ? 1 : 0));
  }

  const title = replacing ? `Change ${CATEGORY_PHRASES[category].noun}` : `Choose ${CATEGORY_PHRASES[category].choose}`;
  const fixing = fixFilters && JSON.stringify(settings.filters) === JSON.stringify(fixFilters) ? fixFilters : {};

  const pick = (part: SearchItem, variantId?: string) => {
    const chosen = variantId ? part.variants.find((v) => v.id === variantId) ?? part : part;
    // A price in another currency than the build's is not a price for it: nothing is converted.
    const priced = chosen.currency === (draft.currency ?? "USD") ? chosen.priceCents : null;
    onPick({
      key: newKey(), category: part.category, label: partName(chosen), partId: chosen.id, quantity: 1,
      priceCents: priced, priceObservedAt: priced === null ? null : chosen.priceObservedAt ?? null, discountCents: 0,
    });
  };

  return (
    <dialog ref={dialog} onClose={onClose} aria-labelledby="picker-title"
      className="m-auto w-[min(48rem,calc(100vw-1rem))] rounded-xl border border-zinc-200 bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-black/40 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-100">
      <div className="flex max-h-[85vh] flex-col">
        <div className="space-y-3 border-b border-zinc-200 p-4 dark:border-zinc-800">
          <div className="flex items-center justify-between gap-2">
            <h2 id="picker-title" className="text-lg font-semibold">{title}</h2>
            <button type="button" onClick={() => dialog.current?.close()} className="rounded-md px-2 py-1 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800">Close</button>
          </div>
          {replacing ? <p className="text-sm text-zinc-600 dark:text-zinc-400">Replaces {replacing.label}.</p> : null}
          <FixFilterNote category={category} filters={fixing} onClear={() => setSettings((s) => ({ ...s, filters: {} }))} />
          <label htmlFor="picker-q" className="sr-only">Search {CATEGORY_LABELS[category]}</label>
          <input id="picker-q" ref={search} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Search by model number, chipset, brand…"
            aria-describedby="picker-keys"
            onKeyDown={(e) => {
              // A search box's own Escape only clears it; here Escape closes the picker at once.
              if (e.key === "Escape") {
                e.preventDefault();
                dialog.current?.close();
                return;
              }
              if (e.key !== "Enter" && e.key !== "ArrowDown") return;
              e.preventDefault();
              toResults(e.key);
            }}
            className="w-full rounded-md border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900" />
          <p id="picker-keys" className="sr-only">Press Enter or the down arrow to move to the results.</p>
          <PickerControls category={category} hasQuery={/[\p{L}\p{N}]/u.test(q)} filters={filters} settings={settings}
            onChange={(patch) => setSettings((s) => ({ ...s, ...patch }))} />
        </div>
        <div className="flex-1 overflow-y-auto p-4" aria-live="polite">
          {error ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{error}</p> : null}
          {!result && !error ? <p className="text-sm text-zinc-600 dark:text-zinc-400">Loading parts…</p> : null}
          {result && more.items.length === 0 && !more.stoppedEarly ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {`No parts match${settings.compatibleOnly ? " that fit this build; try showing all parts" : ""}${Object.keys(settings.filters).length > 0 || settings.pricedOnly ? " or loosen the filters" : ""}.`}
            </p>
          ) : null}
          {result && more.items.length > 0 ? (
            <div ref={results} onKeyDown={(e) => {
              const step = e.key === "ArrowDown" ? 1 : e.key === "ArrowUp" ? -1 : 0;
              if (step === 0) return;
              e.preventDefault();
              if (!moveAmongResults(results.current, e.target as HTMLElement, step) && step === -1) search.current?.focus();
            }}>
              <PickerResults items={more.items} onPick={pick} />
            </div>
          ) : null}
          {result && more.stoppedEarly ? <CheckMore checked={more.checked} unchecked={more.unchecked} found={more.items.length} budgetRanOut={more.budgetRanOut} busy={more.busy} error={more.error} onClick={() => void checkMore()} /> : null}
          {result && !more.stoppedEarly && !more.continued && result.total > result.items.length ? (
            <button type="button" onClick={() => setPageSize((n) => Math.min(100, n + 20))} className="mt-3 text-sm text-brand-700 hover:underline dark:text-brand-500">
              {`Show more (${result.total - result.items.length} more)`}
            </button>
          ) : null}
        </div>
        <CustomPartForm category={category} onAdd={onPick} />
      </div>
    </dialog>
  );
}

/** One picker request: the query, the settings, and the build when only parts that fit it are wanted. */
interface SearchRequest { category: Category; q: string; pageSize: number; settings: PickerSettings; draft: BuildDraft; checkFrom?: number }

async function searchParts({ category, q, pageSize, settings: s, draft, checkFrom }: SearchRequest, signal?: AbortSignal): Promise<SearchResult> {
  const body = {
    category, q, pageSize, filters: s.filters, pricedOnly: s.pricedOnly,
    ...(s.sort ? { sort: s.sort } : {}),
    ...(s.compatibleOnly ? { compatibleWith: draft, ...(checkFrom ? { checkFrom } : {}) } : {}),
  };
  const response = await fetch("/api/parts/search", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal });
  const json = await response.json();
  if (!response.ok) throw new Error(json.message ?? `HTTP ${response.status}`);
  return json as SearchResult;
}

/** More results of a compatible search: plain "Show more" after a full page, an explanation when the check budget ran out. */
function CheckMore({ checked, unchecked, found, budgetRanOut, busy, error, onClick }: {
  checked: number; unchecked: number; found: number; budgetRanOut: boolean; busy: boolean; error: string | null; onClick: () => void;
}) {
  const n = (value: number) => value.toLocaleString("en-US");
  return (
    <div className="mt-3 space-y-1 text-sm" data-testid="picker-check-more">
      {budgetRanOut ? (
        <p className="text-zinc-600 dark:text-zinc-400">
          {found === 0 ? `None of the first ${n(checked)} results fit this build` : `Checked the first ${n(checked)} results against this build`};
          {" "}{n(unchecked)} more are not checked yet. Narrow the search, or check more.
        </p>
      ) : null}
      {error ? <p role="alert" className="text-red-700 dark:text-red-400">{error}</p> : null}
      {/* aria-disabled, not disabled: a disabled button loses keyboard focus while it checks. */}
      <button type="button" onClick={busy ? undefined : onClick} aria-disabled={busy} className="text-brand-700 hover:underline aria-disabled:opacity-60 dark:text-brand-500">
        {busy ? "Checking…" : budgetRanOut ? "Check more parts" : "Show more"}
      </button>
    </div>
  );
}
