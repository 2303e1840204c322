import path from "node:path";

export type DatabaseConfig =
  | { kind: "sqlite"; url: string; filePath: string }
  | { kind: "postgres"; url: string; poolMax: number };

export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export class ConfigError extends Error {}

/** Connections each app server may open; the sum over servers must stay under max_connections. */
export const DEFAULT_POOL_MAX = 10;

export function parsePoolMax(raw: string | undefined): number {
  const text = (raw ?? "").trim();
  if (!text) return DEFAULT_POOL_MAX;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 1000) {
    throw new ConfigError(`DATABASE_POOL_MAX "${text}" must be a whole number from 1 to 1000`);
  }
  return value;
}

/**
 * Parses DATABASE_URL into a driver choice. Relative SQLite paths resolve against the
 * working directory (the repo root for `npm start`), matching Prisma's CLI behaviour
 * closely enough for `prisma migrate deploy` to find the same file from the root.
 */
export function parseDatabaseUrl(raw: string | undefined, cwd = process.cwd(), poolMaxRaw = process.env.DATABASE_POOL_MAX): DatabaseConfig {
  const url = (raw ?? "").trim() || DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const rest = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    const filePart = rest.split("?")[0] ?? "";
    if (!filePart) throw new ConfigError(`DATABASE_URL "${url}" names no file; expected e.g. ${DEFAULT_DATABASE_URL}`);
    return { kind: "sqlite", url, filePath: path.resolve(cwd, filePart) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError(`DATABASE_URL is not a valid PostgreSQL URL (expected postgres://user:pass@host:5432/db)`);
    }
    if (!parsed.hostname || parsed.pathname.length < 2) {
      throw new ConfigError(`DATABASE_URL must name a host and a database (postgres://user:pass@host:5432/db)`);
    }
    return { kind: "postgres", url, poolMax: parsePoolMax(poolMaxRaw) };
  }
  const scheme = url.includes(":") ? url.slice(0, url.indexOf(":") + 1) : "(none)";
  throw new ConfigError(
    `DATABASE_URL scheme ${scheme} is not supported; use file:./data/app.db (SQLite) or postgres://...`,
  );
}
