"use client";

import { useState } from "react";
import type { SearchItem, SearchResult } from "@/lib/parts/search";

interface Continued { of: SearchResult; items: SearchItem[]; last: SearchResult }

/**
 * A compatible search checks a bounded number of parts per request (lib/services/picker.ts); when
 * it stopped before the catalog's end, "Check more parts" asks for the next budget and appends what
 * fits, so a long catalog is never silently cut to what the first budget reached.
 */
export function useContinuedScan(result: SearchResult | null, search: (checkFrom: number) => Promise<SearchResult>) {
  const [continued, setContinued] = useState<Continued | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = continued && continued.of === result ? continued : null;
  const latest = mine?.last ?? result;
  const checkMore = async () => {
    if (!result || latest?.checkedThrough === undefined) return;
    setBusy(true);
    try {
      const next = await search(latest.checkedThrough);
      setContinued({ of: result, items: [...(mine?.items ?? []), ...next.items], last: next });
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Search failed");
    } finally {
      setBusy(false);
    }
  };
  return {
    items: result ? [...result.items, ...(mine?.items ?? [])] : [],
    stoppedEarly: latest?.totalExact === false,
    /** The last request stopped on its budget, not because its page was full. */
    budgetRanOut: latest ? latest.totalExact === false && latest.items.length < latest.pageSize : false,
    checked: latest?.checkedThrough ?? 0,
    unchecked: latest ? Math.max(0, latest.total - latest.items.length) : 0,
    continued: mine !== null,
    checkMore, busy, error,
  };
}
