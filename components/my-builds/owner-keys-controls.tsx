"use client";

import { useRef, useState } from "react";
import { rememberBuild } from "@/components/builder/build-registry-store";
import { recallToken, rememberToken } from "@/components/builder/token-store";
import { MAX_KEY_FILE_BYTES, ownerKeysFile } from "@/lib/builds/build-registry";
import type { MyBuild } from "./use-my-builds";

const button = "rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-800";

/** Export this browser's owner keys to a file, and import such a file in another browser. */
export function OwnerKeysControls({ builds, onImported }: { builds: MyBuild[]; onImported: () => void }) {
  const file = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const owned = builds.filter((b) => b.owned);

  function exportKeys() {
    const keys = owned.flatMap((b) => {
      const token = recallToken(b.id);
      return token ? [{ id: b.id, name: b.summary?.name ?? b.name, token }] : [];
    });
    const blob = new Blob([ownerKeysFile(keys, new Date(), window.location.origin)], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `dlbox-owner-keys-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(url);
    setMessage({ ok: true, text: `Exported ${keys.length} owner key${keys.length === 1 ? "" : "s"}. Anyone with the file can edit those builds: keep it private.` });
  }

  async function importKeys(chosen: File | undefined) {
    if (!chosen) return;
    if (chosen.size > MAX_KEY_FILE_BYTES) return setMessage({ ok: false, text: "That file is too large to be an owner-keys file (1 MB at most)." });
    const { parseOwnerKeysFile } = await import("@/lib/builds/owner-keys-file");
    const parsed = parseOwnerKeysFile(await chosen.text());
    if (file.current) file.current.value = "";
    if (!parsed.ok) return setMessage({ ok: false, text: parsed.error });
    for (const key of parsed.keys) {
      rememberToken(key.id, key.token);
      rememberBuild(key.id, key.name);
    }
    setMessage({ ok: true, text: `Imported ${parsed.keys.length} owner key${parsed.keys.length === 1 ? "" : "s"}. Each is checked when you open its build.` });
    onImported();
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" onClick={exportKeys} disabled={owned.length === 0} className={button}>Export owner keys ({owned.length})</button>
        <label htmlFor="import-keys" className={`${button} cursor-pointer focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-600`}>
          Import owner keys…
          <input id="import-keys" ref={file} type="file" accept="application/json,.json" className="sr-only" onChange={(e) => void importKeys(e.target.files?.[0])} />
        </label>
      </div>
      {message ? (
        <p role={message.ok ? "status" : "alert"} data-testid="keys-message"
          className={`text-sm ${message.ok ? "text-emerald-800 dark:text-emerald-300" : "text-red-700 dark:text-red-400"}`}>{message.text}</p>
      ) : null}
    </div>
  );
}
