import { BUILD_ID_PATTERN } from "./id-format";

// "My builds": what this browser knows about builds, as plain data (components/builder/
// build-registry-store.ts keeps it in localStorage). Owner keys (edit tokens) are stored apart,
// one per build, as before; this list adds names and when each build was last opened here.
// No zod here: the builder bundle loads this and stays small.

export interface RegistryEntry {
  id: string;
  /** The name when last seen here; the list page shows the server's current one. */
  name: string;
  /** ISO time this browser last saved, forked or opened the build. */
  lastOpenedAt: string;
}

/** Builds opened but not owned are a history and may be trimmed; owned builds never are. */
export const MAX_VISITED = 100;
/** A whole registry above this is refused when read back, so a corrupt value cannot grow without end. */
export const MAX_ENTRIES = 1000;

function asEntry(v: unknown): RegistryEntry | null {
  if (typeof v !== "object" || v === null) return null;
  const { id, name, lastOpenedAt } = v as Record<string, unknown>;
  if (typeof id !== "string" || !BUILD_ID_PATTERN.test(id)) return null;
  if (typeof name !== "string" || typeof lastOpenedAt !== "string" || lastOpenedAt.length > 40) return null;
  return { id, name: name.slice(0, 200), lastOpenedAt };
}

/** Reads the stored list; anything malformed is dropped entry by entry, never thrown. */
export function parseRegistry(raw: string | null): RegistryEntry[] {
  if (!raw || raw.length > 1_000_000) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const out: RegistryEntry[] = [];
  for (const v of value.slice(0, MAX_ENTRIES)) {
    const e = asEntry(v);
    if (e && !out.some((x) => x.id === e.id)) out.push(e);
  }
  return out;
}

/**
 * The list after opening (or saving) a build: moved to the front with its latest name. Visited
 * builds beyond MAX_VISITED are dropped oldest first; `owned` says which ids have an owner key.
 */
export function touchEntry(list: readonly RegistryEntry[], entry: RegistryEntry, owned: (id: string) => boolean): RegistryEntry[] {
  const rest = list.filter((e) => e.id !== entry.id);
  const next = [{ ...entry, name: entry.name.slice(0, 200) }, ...rest];
  let visited = 0;
  return next.filter((e) => owned(e.id) || ++visited <= MAX_VISITED).slice(0, MAX_ENTRIES);
}

export function forgetEntry(list: readonly RegistryEntry[], id: string): RegistryEntry[] {
  return list.filter((e) => e.id !== id);
}

// --- Owner keys file: moving ownership to another browser (read by owner-keys-file.ts) ---

export const OWNER_KEYS_FORMAT = "dlbox-owner-keys";
export const MAX_KEY_FILE_BYTES = 1_000_000;

export interface OwnerKey {
  id: string;
  name: string;
  token: string;
}

/** The file "Export owner keys" downloads: anyone holding it can edit and delete these builds. */
export function ownerKeysFile(keys: readonly OwnerKey[], exportedAt: Date, origin: string): string {
  const file = {
    format: OWNER_KEYS_FORMAT,
    version: 1,
    exportedAt: exportedAt.toISOString(),
    origin,
    warning: "Anyone with this file can edit and delete these builds. Keep it private.",
    builds: keys.map(({ id, name, token }) => ({ id, name, token })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
