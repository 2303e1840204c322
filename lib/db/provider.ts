import type { DatabaseConfig } from "../config/database-url";

export type Provider = DatabaseConfig["kind"];

// Which provider a client talks to, for the few raw statements whose SQL differs. Next bundles each
// route separately, so a module-level map would be one per bundle while the client (getDb) is one
// per process; the map lives on globalThis instead.
const KEY = Symbol.for("dl-box-planner.db-providers");
const store = globalThis as Record<symbol, WeakMap<object, Provider> | undefined>;
const providers = (store[KEY] ??= new WeakMap<object, Provider>());

export function registerProvider(db: object, provider: Provider): void {
  providers.set(db, provider);
}

export function providerOf(db: object): Provider {
  const provider = providers.get(db);
  if (!provider) throw new Error("providerOf: this client was not made by createDb");
  return provider;
}
