import { forgetEntry, MAX_ENTRIES, parseRegistry, touchEntry, type RegistryEntry } from "@/lib/builds/build-registry";
import { forgetToken, ownedBuildIds, recallToken } from "./token-store";

// "My builds" in this browser's localStorage: names and dates here, owner keys in token-store.
const KEY = "dlbox:builds";

function read(): RegistryEntry[] {
  try {
    return parseRegistry(localStorage.getItem(KEY));
  } catch {
    return [];
  }
}

function write(list: RegistryEntry[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // Storage full or disabled: the list is a convenience, the builds themselves are on the server.
  }
}

/** Records that this browser saved, forked or opened a build. */
export function rememberBuild(id: string, name: string): void {
  write(touchEntry(read(), { id, name, lastOpenedAt: new Date().toISOString() }, (x) => recallToken(x) !== null));
}

export interface KnownBuild extends RegistryEntry {
  /** This browser holds the build's owner key. */
  owned: boolean;
}

/** Every build this browser knows: the list, plus any owner key saved before the list existed. */
export function knownBuilds(): KnownBuild[] {
  const list = read();
  const owned = new Set(ownedBuildIds());
  const known: KnownBuild[] = list.map((e) => ({ ...e, owned: owned.has(e.id) }));
  for (const id of owned) if (!list.some((e) => e.id === id)) known.push({ id, name: "", lastOpenedAt: "", owned: true });
  // Bounded like the list itself: the page asks the server about these in pages of 50.
  return known.slice(0, MAX_ENTRIES);
}

/** Removes a build from this browser: from the list and, if owned, its owner key. */
export function forgetBuild(id: string): void {
  write(forgetEntry(read(), id));
  forgetToken(id);
}
