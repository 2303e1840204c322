"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { useHydrated } from "@/components/builder/use-hydrated";
import { recallToken, rememberToken } from "@/components/builder/token-store";

const subscribeNothing = () => () => {};

/** Share-page actions: anyone can fork; the owner (token in this browser) also gets Edit. */
export function OwnerActions({ buildId }: { buildId: string }) {
  const router = useRouter();
  const hydrated = useHydrated();
  // Read during render: localStorage is the external store; the server snapshot is "not owner".
  const isOwner = useSyncExternalStore(subscribeNothing, () => recallToken(buildId) !== null, () => false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);


  async function fork() {
    setBusy(true);
    try {
      const response = await fetch(`/api/builds/${encodeURIComponent(buildId)}/fork`, { method: "POST" });
      const json = await response.json();
      if (!response.ok) throw new Error(json.message ?? `HTTP ${response.status}`);
      rememberToken(json.id, json.editToken);
      router.push(`/b/${json.id}/edit`);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Fork failed");
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex gap-2">
        {isOwner ? <Link href={`/b/${buildId}/edit`} className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">Edit</Link> : null}
        <button type="button" onClick={fork} disabled={busy || !hydrated} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-600 disabled:opacity-60">
          {busy ? "Forking…" : "Fork this build"}
        </button>
      </div>
      {error ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{error}</p> : null}
    </div>
  );
}
