// After a save or fork the page moves to the build's editor; the fresh owner link travels in
// sessionStorage (this tab only) so the editor can show it in place and move focus to it.
const KEY = "dlbox:fresh-owner-link";

export type FreshKind = "saved" | "forked";

export function handOffOwnerLink(id: string, kind: FreshKind): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ id, kind }));
  } catch {
    // Without storage the editor still offers "Show owner link".
  }
}

/** The kind of fresh link for this build, once: reading it clears it. */
export function takeOwnerLinkHandoff(id: string): FreshKind | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as { id?: unknown; kind?: unknown };
    if (value.id !== id) return null;
    sessionStorage.removeItem(KEY);
    return value.kind === "forked" ? "forked" : "saved";
  } catch {
    return null;
  }
}
