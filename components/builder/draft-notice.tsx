import type { AddedNote } from "./added-handoff";

/** Above a restored draft: what "Add to build" just did, or that the unsaved build is back, and a way to start over. */
export function DraftNotice({ added, onStartOver }: { added: AddedNote | null; onStartOver: () => void }) {
  const text = added
    ? added.full
      ? `Not added: a build holds at most 64 lines. Remove one, then add ${added.label} again.`
      : added.replaced
        ? `${added.label} replaced ${added.replaced} in your build.`
        : `Added ${added.label} to your build.`
    : "Your unsaved build from this browser is back.";
  return (
    <p role="status" className="flex flex-wrap items-center gap-2 rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm dark:border-emerald-800 dark:bg-emerald-950" data-testid="draft-notice">
      <span>{text}</span>
      <button type="button" className="underline" onClick={onStartOver}>Start over with an empty build</button>
    </p>
  );
}
