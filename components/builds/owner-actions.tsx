"use client";

import Link from "next/link";
import { useEffect, useSyncExternalStore } from "react";
import { rememberBuild } from "@/components/builder/build-registry-store";
import { useHydrated } from "@/components/builder/use-hydrated";
import { recallToken } from "@/components/builder/token-store";
import { useFork } from "./use-fork";

const subscribeNothing = () => () => {};

/** Share-page actions: anyone can fork; the owner (token in this browser) also gets Edit. Opening it lists it under My builds. */
export function OwnerActions({ buildId, name }: { buildId: string; name?: string }) {
  const hydrated = useHydrated();
  // Read during render: localStorage is the external store; the server snapshot is "not owner".
  const isOwner = useSyncExternalStore(subscribeNothing, () => recallToken(buildId) !== null, () => false);
  const { fork, busy, error } = useFork(buildId);

  useEffect(() => {
    if (name !== undefined) rememberBuild(buildId, name);
  }, [buildId, name]);

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
