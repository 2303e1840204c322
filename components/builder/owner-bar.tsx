"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { forgetToken } from "./token-store";
import type { SaveState } from "./use-save";

/** Edit-page header: whether this browser can edit, a place to paste a token, and delete. */
export function OwnerBar({ buildId, save }: { buildId: string; save: SaveState }) {
  const router = useRouter();
  const [pasted, setPasted] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    if (!save.token || !window.confirm("Delete this build for everyone? This cannot be undone.")) return;
    const response = await fetch(`/api/builds/${encodeURIComponent(buildId)}`, { method: "DELETE", headers: { authorization: `Bearer ${save.token}` } });
    if (response.status === 204) {
      forgetToken(buildId);
      router.push("/?deleted=1");
      return;
    }
    const json = await response.json().catch(() => ({}));
    setError(json.message ?? `Delete failed (HTTP ${response.status})`);
  }

  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800">
      <Link href={`/b/${buildId}`} className="text-brand-700 hover:underline dark:text-brand-500">← Share page</Link>
      {save.token ? (
        <div className="flex items-center gap-3">
          <span className="text-zinc-600 dark:text-zinc-400">You can edit this build{save.version ? ` (version ${save.version})` : ""}.</span>
          <button type="button" onClick={remove} className="rounded-md border border-red-300 px-2.5 py-1 text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-400 dark:hover:bg-red-950">Delete build</button>
        </div>
      ) : (
        <form className="flex items-center gap-2" onSubmit={(e) => { e.preventDefault(); save.setToken(pasted.trim()); }}>
          <label htmlFor="paste-token" className="text-zinc-600 dark:text-zinc-400">Edit token</label>
          <input id="paste-token" value={pasted} onChange={(e) => setPasted(e.target.value)} className="w-48 rounded-md border border-zinc-300 bg-white px-2 py-1 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900" />
          <button type="submit" className="rounded-md border border-zinc-300 px-2.5 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">Use token</button>
        </form>
      )}
      {error ? <p role="alert" className="w-full text-red-700 dark:text-red-400">{error}</p> : null}
    </div>
  );
}
