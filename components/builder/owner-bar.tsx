"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFork } from "@/components/builds/use-fork";
import { forgetBuild } from "./build-registry-store";
import { OwnerLinkPanel } from "./owner-link-panel";
import type { FreshKind } from "./owner-handoff";
import type { Access } from "./use-owner-access";

const button = "rounded-md border border-zinc-300 px-2.5 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";
const primary = "rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-600 disabled:opacity-60";

/**
 * The edit page's header: who may edit, checked with the server first. The owner gets the owner
 * link (in place, focused after a save or fork) and Delete; anyone else a read-only view with
 * "Fork to edit a copy" and a place to paste the owner link.
 */
export function OwnerBar({ buildId, version, access, fresh, tryInput, forgetStored }: {
  buildId: string;
  version: number | null;
  access: Access;
  fresh: FreshKind | null;
  tryInput: (input: string) => boolean;
  forgetStored: () => void;
}) {
  const router = useRouter();
  const [showLink, setShowLink] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { fork, busy: forking, error: forkError } = useFork(buildId);

  async function remove() {
    if (access.kind !== "owner" || !window.confirm("Delete this build for everyone? This cannot be undone.")) return;
    const response = await fetch(`/api/builds/${encodeURIComponent(buildId)}`, { method: "DELETE", headers: { authorization: `Bearer ${access.token}` } });
    if (response.status === 204) {
      forgetBuild(buildId);
      router.push("/?deleted=1");
      return;
    }
    const json = await response.json().catch(() => ({}));
    setError(json.message ?? `Delete failed (HTTP ${response.status})`);
  }

  const forkButton = (
    <button type="button" onClick={fork} disabled={forking} className={primary}>{forking ? "Forking…" : "Fork to edit a copy"}</button>
  );

  return (
    <div className="space-y-3" data-testid="owner-bar">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800">
        <Link href={`/b/${buildId}`} className="text-brand-700 hover:underline dark:text-brand-500">← Share page</Link>
        {access.kind === "checking" ? <span role="status" className="text-zinc-600 dark:text-zinc-400">Checking the owner key…</span> : null}
        {access.kind === "owner" ? (
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-zinc-700 dark:text-zinc-300" data-testid="owner-status">You own this build{version ? ` · version ${version}` : ""}.</span>
            {fresh ? null : (
              <button type="button" onClick={() => setShowLink((v) => !v)} aria-expanded={showLink} className={button}>
                {showLink ? "Hide owner link" : "Show owner link"}
              </button>
            )}
            <button type="button" onClick={remove} className="rounded-md border border-red-300 px-2.5 py-1 text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-400 dark:hover:bg-red-950">Delete build</button>
          </div>
        ) : null}
      </div>
      {access.kind === "owner" && (fresh || showLink) ? <OwnerLinkPanel buildId={buildId} token={access.token} fresh={fresh} /> : null}
      {access.kind === "none" || access.kind === "wrong" || access.kind === "error" ? (
        <div role={access.kind === "none" ? undefined : "alert"} data-testid="read-only-notice"
          className={`space-y-3 rounded-lg border p-4 text-sm ${access.kind === "none" ? "border-zinc-300 bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900" : "border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950"}`}>
          <p className="font-medium">
            {access.kind === "none" ? "Read-only: this browser has no owner key for this build." : access.message}
          </p>
          <p>You can look at everything here. To change it, fork it: you get your own copy to edit, with its own owner link.</p>
          <div className="flex flex-wrap items-center gap-2">
            {forkButton}
            {access.kind === "wrong" && access.stored ? <button type="button" onClick={forgetStored} className={button}>Forget the saved key</button> : null}
          </div>
          {access.kind !== "error" ? <PasteKey tryInput={tryInput} /> : null}
        </div>
      ) : null}
      {forkError || error ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{forkError ?? error}</p> : null}
    </div>
  );
}

function PasteKey({ tryInput }: { tryInput: (input: string) => boolean }) {
  const [text, setText] = useState("");
  const [invalid, setInvalid] = useState(false);
  return (
    <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => { e.preventDefault(); setInvalid(!tryInput(text)); }}>
      <label htmlFor="paste-token" className="grow">
        <span className="block text-xs font-medium text-zinc-700 dark:text-zinc-300">Have the owner link? Paste it (or its edit token)</span>
        <input id="paste-token" value={text} onChange={(e) => { setText(e.target.value); setInvalid(false); }} aria-invalid={invalid || undefined}
          aria-describedby={invalid ? "paste-token-error" : undefined}
          className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900" />
      </label>
      <button type="submit" className={button}>Check key</button>
      {invalid ? <p id="paste-token-error" className="w-full text-xs font-medium text-red-700 dark:text-red-400">That is neither an owner link nor an edit token.</p> : null}
    </form>
  );
}
