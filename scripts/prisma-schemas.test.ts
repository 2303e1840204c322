import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, postgresSchema, SOURCE_SCHEMA } from "./prisma-schemas";

describe("the PostgreSQL schema copy", () => {
  const source = fs.readFileSync(SOURCE_SCHEMA, "utf8");

  it("is exactly what the generator makes from prisma/schema.prisma (nobody edited it by hand)", () => {
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresSchema(source));
  });

  it("differs from the source only in header, provider and client output", () => {
    const generated = postgresSchema(source).split("\n");
    const changed = generated.slice(1).filter((line, i) => line !== source.split("\n")[i]);
    expect(changed).toEqual(['  output       = "../../lib/db/generated/postgresql"', '  provider = "postgresql"']);
  });

  it("fails loudly when the source no longer has the lines it rewrites", () => {
    expect(() => postgresSchema(source.replace('"sqlite"', '"mysql"'))).toThrow(/expected to find/);
  });
});
