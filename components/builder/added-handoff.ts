// "Add to build" on a catalog page hands the builder what it added, so the builder can say so
// and put focus on the new line (sessionStorage: this tab only, read once).
const KEY = "dlbox:just-added";

export interface AddedNote {
  key: string;
  label: string;
  /** The part it replaced in a single-slot category, if any. */
  replaced: string | null;
  /** The draft was full (64 lines) and nothing was added. */
  full: boolean;
}

export function announceAdded(note: AddedNote): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(note));
  } catch {
    // The part is in the draft either way.
  }
}

export function takeAddedNote(): AddedNote | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<AddedNote>;
    if (typeof v.key !== "string" || typeof v.label !== "string") return null;
    return { key: v.key, label: v.label, replaced: typeof v.replaced === "string" ? v.replaced : null, full: v.full === true };
  } catch {
    return null;
  }
}
