import type { DatabaseConfig } from "../config/database-url";

export type Provider = DatabaseConfig["kind"];

// Which provider a client talks to, for the few raw statements whose SQL differs. Kept on
// globalThis: proxy.ts and the route handlers are separate bundles sharing one client (getDb).
const registry = globalThis as unknown as { dlboxDbProviders?: WeakMap<object, Provider> };
const providers = (registry.dlboxDbProviders ??= new WeakMap<object, Provider>());

export function registerProvider(db: object, provider: Provider): void {
  providers.set(db, provider);
}

export function providerOf(db: object): Provider {
  const provider = providers.get(db);
  if (!provider) throw new Error("providerOf: this client was not made by createDb");
  return provider;
}
