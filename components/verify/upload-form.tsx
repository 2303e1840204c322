"use client";

import { useRef, useState, type FormEvent } from "react";
import { button } from "./styles";

/** Owner-only: pick the script's result.json and send it; the panel shows the verdicts. */
export function UploadForm({ onUpload, busy }: { onUpload: (file: File) => Promise<boolean>; busy: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    if (await onUpload(file)) {
      setFile(null);
      if (input.current) input.current.value = "";
    }
  }

  return (
    <form onSubmit={submit} data-testid="upload-form" className="space-y-2 rounded-md border border-dashed border-zinc-300 p-3 dark:border-zinc-700">
      <label htmlFor="verify-result-file" className="block text-sm font-medium">Upload a result (the JSON the benchmark script printed)</label>
      <div className="flex flex-wrap items-center gap-2">
        <input ref={input} id="verify-result-file" type="file" accept=".json,application/json" required
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} className="max-w-full text-sm file:mr-2 file:rounded-md file:border file:border-zinc-300 file:bg-transparent file:px-2 file:py-1 dark:file:border-zinc-700" />
        <button type="submit" disabled={busy || !file} className={button}>{busy ? "Working…" : "Upload result"}</button>
      </div>
    </form>
  );
}
