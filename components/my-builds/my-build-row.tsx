"use client";

import Link from "next/link";
import { useState } from "react";
import { CopyButton } from "@/components/builder/copy-button";
import { ownerLink, recallToken } from "@/components/builder/token-store";
import { StatusBadge } from "@/components/builds/status-badge";
import type { CompatStatus } from "@/lib/compat/types";
import { formatMoney } from "@/lib/pricing/format-money";
import type { MyBuild } from "./use-my-builds";

const small = "rounded-md border border-zinc-300 px-2.5 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

function updated(iso: string): string {
  return new Date(iso).toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric" });
}

/** One build: name, status, total and last update from the server; Edit, owner link and Forget for this browser. */
export function MyBuildRow({ build, onForget }: { build: MyBuild; onForget: (build: MyBuild) => void }) {
  const [showLink, setShowLink] = useState(false);
  const s = build.summary;
  const name = s?.name ?? (build.name || "Untitled build");
  const token = showLink ? recallToken(build.id) : null;
  return (
    <li className="space-y-2 py-3" data-testid="my-build" data-build-id={build.id}>
      <div className="grid gap-x-4 gap-y-1 sm:grid-cols-[minmax(0,1fr)_auto_auto] sm:items-center">
        <div className="min-w-0">
          {s === null ? <span className="font-medium break-words">{name}</span> : <Link href={`/b/${build.id}`} className="font-medium break-words hover:underline">{name}</Link>}
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            {build.owned ? "You own it" : "Opened here"}
            {s ? ` · updated ${updated(s.updatedAt)} · ${s.itemCount} line${s.itemCount === 1 ? "" : "s"}` : ""}
            {s === null ? " · this build no longer exists" : ""}
          </p>
        </div>
        <div className="flex items-center gap-3 text-sm">
          {s ? <StatusBadge status={s.status as CompatStatus} testId="my-build-status" /> : s === undefined ? <span className="text-zinc-600 dark:text-zinc-400">Loading…</span> : null}
          {s ? (
            <span className="tabular-nums font-semibold" data-testid="my-build-total">
              {s.unpricedCount > 0 ? "at least " : ""}{formatMoney(s.totalCents, s.currency)}
            </span>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {build.owned && s ? <Link href={`/b/${build.id}/edit`} className={small}>Edit<span className="sr-only"> {name}</span></Link> : null}
          {build.owned && s ? (
            <button type="button" className={small} aria-expanded={showLink} onClick={() => setShowLink((v) => !v)}>
              {showLink ? "Hide owner link" : "Owner link"}<span className="sr-only"> of {name}</span>
            </button>
          ) : null}
          <button type="button" className={`${small} text-red-700 dark:text-red-400`} onClick={() => onForget(build)}>
            Forget<span className="sr-only"> {name}</span>
          </button>
        </div>
      </div>
      {showLink && token ? (
        <div className="flex items-center gap-2">
          <label htmlFor={`link-${build.id}`} className="sr-only">Owner link of {name}</label>
          <input id={`link-${build.id}`} readOnly value={ownerLink(build.id, token)} onFocus={(e) => e.currentTarget.select()} data-testid="my-owner-link"
            className="w-full min-w-0 rounded-md border border-zinc-300 bg-white px-2 py-1 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900" />
          <CopyButton text={ownerLink(build.id, token)} label={`Copy the owner link of ${name}`} />
        </div>
      ) : null}
    </li>
  );
}
