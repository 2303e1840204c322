"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { CopyButton } from "./copy-button";
import type { FreshKind } from "./owner-handoff";
import { ownerLink } from "./token-store";

const HEADINGS: Record<FreshKind | "shown", string> = {
  saved: "Saved. Here is your owner link.",
  forked: "Forked: this copy is yours. Here is its owner link.",
  shown: "Owner link",
};

/**
 * The owner link in place, with a copy button; focus moves to it after a save or fork so it is
 * seen (issue 18: it appeared below the fold while focus stayed on the page).
 */
export function OwnerLinkPanel({ buildId, token, fresh }: { buildId: string; token: string; fresh: FreshKind | null }) {
  const input = useRef<HTMLInputElement>(null);
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const owner = ownerLink(buildId, token);
  const share = `${origin}/b/${buildId}`;

  useEffect(() => {
    if (!fresh) return;
    input.current?.focus();
    input.current?.scrollIntoView({ block: "center" });
  }, [fresh]);

  return (
    <div role={fresh ? "status" : undefined} data-testid="owner-link-panel"
      className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm dark:border-emerald-800 dark:bg-emerald-950">
      <p className="font-medium">{HEADINGS[fresh ?? "shown"]}</p>
      <p data-testid="owner-link-warning">
        Keep this link private and safe: it is the only way to edit or delete this build from another browser, and if it is lost nobody can edit the build again (anyone can still fork it into a new copy).
      </p>
      <LinkRow label="Owner link (can edit and delete)" value={owner} testId="owner-link" inputRef={input} />
      <LinkRow label="Share link (read-only)" value={share} testId="share-link" />
      <p className="text-xs text-zinc-700 dark:text-zinc-300">
        This browser remembers the key and lists the build under <Link href="/builds" className="underline">My builds</Link>, where you can export your keys to a file.
      </p>
    </div>
  );
}

function LinkRow({ label, value, testId, inputRef }: { label: string; value: string; testId: string; inputRef?: React.Ref<HTMLInputElement> }) {
  return (
    <div>
      <label htmlFor={testId} className="text-xs font-medium text-zinc-700 dark:text-zinc-300">{label}</label>
      <div className="flex items-center gap-2">
        <input id={testId} ref={inputRef} readOnly value={value} data-testid={testId} onFocus={(e) => e.currentTarget.select()}
          className="w-full min-w-0 rounded-md border border-zinc-300 bg-white px-2 py-1 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900" />
        <CopyButton text={value} label={`Copy ${label.split(" (")[0]!.toLowerCase()}`} />
      </div>
    </div>
  );
}
