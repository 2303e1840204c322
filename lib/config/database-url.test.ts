import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseDatabaseUrl } from "./database-url";

describe("parseDatabaseUrl", () => {
  it("defaults to the SQLite file under data/ and resolves relative paths", () => {
    expect(parseDatabaseUrl(undefined, "/srv/app")).toEqual({ kind: "sqlite", url: "file:./data/app.db", filePath: "/srv/app/data/app.db" });
    expect(parseDatabaseUrl("file:/tmp/x.db", "/srv/app").kind).toBe("sqlite");
    expect(parseDatabaseUrl("file:/tmp/x.db?mode=rwc", "/srv/app")).toMatchObject({ filePath: path.resolve("/tmp/x.db") });
  });

  it("recognises PostgreSQL URLs", () => {
    expect(parseDatabaseUrl("postgres://u:p@localhost:5432/dlbox").kind).toBe("postgres");
    expect(parseDatabaseUrl("postgresql://u@db.internal/dlbox").kind).toBe("postgres");
  });

  it("sizes the PostgreSQL pool from DATABASE_POOL_MAX, default 10, and refuses nonsense", () => {
    expect(parseDatabaseUrl("postgres://u@h/db", "/", undefined)).toMatchObject({ poolMax: 10 });
    expect(parseDatabaseUrl("postgres://u@h/db", "/", " 25 ")).toMatchObject({ poolMax: 25 });
    for (const bad of ["0", "-3", "2.5", "many", "100000"]) {
      expect(() => parseDatabaseUrl("postgres://u@h/db", "/", bad)).toThrow(/DATABASE_POOL_MAX/);
    }
  });

  it.each([
    ["mysql://root@localhost/db", /scheme mysql: is not supported/],
    ["just-a-path.db", /scheme \(none\) is not supported/],
    ["file:", /names no file/],
    ["postgres://", /must name a host and a database|not a valid/],
    ["postgres://host-only", /must name a host and a database/],
  ])("rejects %s with one clear line", (url, message) => {
    expect(() => parseDatabaseUrl(url)).toThrow(ConfigError);
    expect(() => parseDatabaseUrl(url)).toThrow(message);
  });
});
