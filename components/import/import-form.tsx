"use client";

import { useRef, useState } from "react";
import { SavedNotice } from "@/components/builder/saved-notice";
import { rememberToken } from "@/components/builder/token-store";
import { importRequest, type ImportChoices, type ImportResult } from "./import-request";
import { ImportPreview } from "./import-preview";

const field = "w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/** Paste -> Preview -> Save (after a confirmation step) -> the share and owner links. */
export function ImportForm() {
  const [text, setText] = useState("");
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  // The text that was previewed is the text that gets saved, even if the box changes meanwhile.
  const [previewed, setPreviewed] = useState<{ text: string; result: ImportResult; choices: ImportChoices } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);

  async function preview(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setConfirming(false);
    setPreviewed({ text, result: await importRequest(text), choices: {} });
    setBusy(false);
  }

  // A correction re-previews the same text with the new choices: matches, totals and
  // compatibility come from the server, exactly as saving will compute them.
  async function correct(line: number, partId: string | null | undefined) {
    if (!previewed || previewed.result.kind !== "preview") return;
    const choices = { ...previewed.choices };
    if (partId === undefined) delete choices[line];
    else choices[line] = partId;
    setBusy(true);
    const result = await importRequest(previewed.text, { choices });
    setPreviewed({ text: previewed.text, result: result.kind === "error" ? previewed.result : result, choices: result.kind === "error" ? previewed.choices : choices });
    setBusy(false);
  }

  async function save() {
    if (!previewed) return;
    setBusy(true);
    const result = await importRequest(previewed.text, { save: true, name, choices: previewed.choices });
    if (result.kind === "saved") rememberToken(result.created.id, result.created.editToken);
    setPreviewed({ text: previewed.text, result, choices: previewed.choices });
    setConfirming(false);
    setBusy(false);
  }

  const result = previewed?.result ?? null;
  return (
    <div className="space-y-6">
      <form onSubmit={preview} className="space-y-4">
        <div className="space-y-1">
          <label htmlFor="import-text" className="block text-sm font-medium">PCPartPicker list or JSON export</label>
          <p id="import-text-help" className="text-sm text-zinc-600 dark:text-zinc-400">
            Paste the markdown table (Type|Item|Price) or the plain-text list from PCPartPicker, or a JSON file exported here. Up to 1 MB.
          </p>
          <textarea id="import-text" aria-describedby="import-text-help" value={text} onChange={(e) => setText(e.target.value)}
            rows={12} spellCheck={false} className={`${field} font-mono`} required />
        </div>
        <div className="space-y-1 sm:max-w-md">
          <label htmlFor="import-name" className="block text-sm font-medium">Build name (optional)</label>
          <input id="import-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={120} className={field} />
        </div>
        <button type="submit" disabled={busy || text.trim() === ""} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-600 disabled:opacity-60">
          {busy && !confirming ? "Working…" : "Preview"}
        </button>
      </form>

      <section aria-live="polite" aria-label="Import result" className="space-y-4">
        {result?.kind === "error" ? (
          <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950" data-testid="import-error">
            <p className="font-medium">Nothing was imported.</p>
            <p>{result.message}</p>
          </div>
        ) : null}
        {result && result.kind !== "error" ? (
          <ImportPreview view={result.view} busy={busy || result.kind === "saved"} onChoose={(line, partId) => correct(line, partId)} onReset={(line) => correct(line, undefined)} />
        ) : null}
        {result?.kind === "preview" && !confirming ? (
          <button type="button" onClick={() => { setConfirming(true); setTimeout(() => confirmRef.current?.focus(), 0); }}
            className="rounded-md border border-zinc-300 px-4 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
            Save as a build
          </button>
        ) : null}
        {result?.kind === "preview" && confirming ? (
          <div className="space-y-3 rounded-lg border border-zinc-300 p-4 dark:border-zinc-700" data-testid="confirm-save">
            <p className="text-sm">
              Save these {result.view.items.length} lines as a new build{name.trim() ? ` named “${name.trim()}”` : ""}? You get a share link and an owner link; unmatched lines stay custom parts.
            </p>
            <div className="flex flex-wrap gap-2">
              <button ref={confirmRef} type="button" onClick={save} disabled={busy} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-600 disabled:opacity-60">
                {busy ? "Saving…" : "Yes, save the build"}
              </button>
              <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-zinc-300 px-4 py-2 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">Cancel</button>
            </div>
          </div>
        ) : null}
        {result?.kind === "saved" ? <SavedNotice outcome={{ kind: "created", ...result.created }} /> : null}
      </section>
    </div>
  );
}
