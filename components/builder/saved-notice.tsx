"use client";

import Link from "next/link";
import { CopyButton } from "./copy-button";
import type { SaveOutcome } from "./save-build";
import { SaveStatus } from "./save-status";

/** A save's answer; a new build's share and owner links (the import page shows them after saving). */
export function SavedNotice({ outcome }: { outcome: SaveOutcome | null }) {
  if (!outcome) return null;
  if (outcome.kind === "created") {
    const origin = typeof window === "undefined" ? "" : window.location.origin;
    return (
      <div role="status" className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm dark:border-emerald-800 dark:bg-emerald-950" data-testid="saved-links">
        <p className="font-medium">Saved. Share it, and keep the owner link to edit later.</p>
        <LinkRow label="Share link (read-only)" href={`${origin}${outcome.url}`} testId="share-link" />
        <LinkRow label="Owner link (can edit and delete)" href={`${origin}${outcome.editUrl}`} testId="owner-link" />
        <p className="text-xs text-zinc-700 dark:text-zinc-300">
          Keep the owner link private and safe: it is the only way to edit or delete this build from another browser, and if it is lost nobody can edit the build again (anyone can still fork it into a new copy). This browser remembers it under <Link href="/builds" className="underline">My builds</Link>.
        </p>
        <Link href={`/b/${outcome.id}`} className="font-medium text-brand-700 hover:underline dark:text-brand-500">View the build →</Link>
      </div>
    );
  }
  return <SaveStatus outcome={outcome} />;
}

function LinkRow({ label, href, testId }: { label: string; href: string; testId: string }) {
  return (
    <div>
      <p className="text-xs font-medium text-zinc-700 dark:text-zinc-300">{label}</p>
      <div className="flex items-center gap-2">
        <input readOnly value={href} aria-label={label} data-testid={testId} onFocus={(e) => e.currentTarget.select()}
          className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900" />
        <CopyButton text={href} label={`Copy ${label}`} />
      </div>
    </div>
  );
}
