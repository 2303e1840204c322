/**
 * Bounded in-process store of rendered responses. An entry is filed under a resource (`group`,
 * e.g. "/b/<id>"), the version of everything it was made from (`version`) and, where a page also
 * varies by request (its origin), a `variant`. Versions are read from the database on every
 * request, so an entry is only ever served for the version it was made for: nothing expires by
 * time. Storing a new version of a resource drops the older ones, which no request can ask for
 * again; least recently used entries go first when the byte budget is reached.
 */
export interface Sized {
  /** Bytes this entry holds (all its encodings). */
  bytes: number;
}

export interface StoreLimits {
  maxBytes: number;
  /** Variants kept per resource and version (a forged Host header cannot evict everything else). */
  maxVariants: number;
}

interface Slot<T> {
  group: string;
  value: T;
}

export class PageStore<T extends Sized> {
  // Map iteration order is insertion order; a hit re-inserts, so the first key is the LRU one.
  private readonly entries = new Map<string, Slot<T>>();
  private readonly groups = new Map<string, { version: string; keys: Set<string> }>();
  private bytes = 0;

  constructor(private readonly limits: StoreLimits) {}

  private static key(group: string, version: string, variant: string): string {
    return `${group}\u0000${version}\u0000${variant}`;
  }

  get(group: string, version: string, variant = ""): T | undefined {
    const key = PageStore.key(group, version, variant);
    const slot = this.entries.get(key);
    if (!slot) return undefined;
    this.entries.delete(key);
    this.entries.set(key, slot);
    return slot.value;
  }

  /** false when not kept: over the budget on its own, or one variant too many. */
  set(group: string, version: string, variant: string, value: T): boolean {
    if (value.bytes > this.limits.maxBytes) return false;
    const key = PageStore.key(group, version, variant);
    const current = this.groups.get(group);
    if (current && current.version !== version) this.dropGroup(group);
    const members = this.groups.get(group) ?? { version, keys: new Set<string>() };
    if (!members.keys.has(key) && members.keys.size >= this.limits.maxVariants) return false;
    this.remove(key);
    members.keys.add(key);
    this.groups.set(group, members);
    this.entries.set(key, { group, value });
    this.bytes += value.bytes;
    while (this.bytes > this.limits.maxBytes) {
      const oldest = this.entries.keys().next().value as string;
      this.remove(oldest);
    }
    return true;
  }

  private remove(key: string): void {
    const slot = this.entries.get(key);
    if (!slot) return;
    this.entries.delete(key);
    this.bytes -= slot.value.bytes;
    const members = this.groups.get(slot.group);
    members?.keys.delete(key);
    if (members && members.keys.size === 0) this.groups.delete(slot.group);
  }

  private dropGroup(group: string): void {
    for (const key of [...(this.groups.get(group)?.keys ?? [])]) this.remove(key);
    this.groups.delete(group);
  }

  stats() {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}
