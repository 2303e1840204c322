import { describe, expect, it } from "vitest";
import { describeSetupError } from "./database-errors";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("describeSetupError", () => {
  it("says what to check for the failures operators meet when pointing at PostgreSQL", () => {
    expect(describeSetupError(withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"))).toBe(
      "Database setup failed: connect ECONNREFUSED 127.0.0.1:5432 (nothing is listening there: is PostgreSQL running, and are the host and port in DATABASE_URL right?)",
    );
    expect(describeSetupError(withCode('database "dlbox" does not exist', "3D000"))).toMatch(/does not exist \(.*createdb/);
    expect(describeSetupError(withCode("password authentication failed", "28P01"))).toMatch(/\(the password in DATABASE_URL was refused\)$/);
  });

  it("keeps other failures as they are", () => {
    expect(describeSetupError(new Error("disk I/O error"))).toBe("Database setup failed: disk I/O error");
    expect(describeSetupError(withCode("odd", "XX999"))).toBe("Database setup failed: odd");
    expect(describeSetupError("plain text")).toBe("Database setup failed: plain text");
  });
});
