import type { DatabaseConfig } from "../config/database-url";

export type Provider = DatabaseConfig["kind"];

interface Registered {
  provider: Provider;
  /** SQLite only: the database file, for the hot-path reader in raw-read.ts. */
  filePath?: string;
}

// Which provider a client talks to, for the few raw statements whose SQL differs. Kept on
// globalThis: proxy.ts and the route handlers are separate bundles sharing one client (getDb).
const registry = globalThis as unknown as { dlboxDbProviders?: WeakMap<object, Registered> };
const providers = (registry.dlboxDbProviders ??= new WeakMap<object, Registered>());

export function registerProvider(db: object, config: DatabaseConfig): void {
  providers.set(db, { provider: config.kind, ...(config.kind === "sqlite" ? { filePath: config.filePath } : {}) });
}

function registered(db: object): Registered {
  const entry = providers.get(db);
  if (!entry) throw new Error("providerOf: this client was not made by createDb");
  return entry;
}

export function providerOf(db: object): Provider {
  return registered(db).provider;
}

export function sqliteFileOf(db: object): string | undefined {
  return registered(db).filePath;
}
