// Start-up failures reaching the database, turned into what the operator should check. The codes
// are Node's socket errors and PostgreSQL's SQLSTATEs as the pg driver reports them.
const HINTS: Record<string, string> = {
  ECONNREFUSED: "nothing is listening there: is PostgreSQL running, and are the host and port in DATABASE_URL right?",
  ENOTFOUND: "the host name in DATABASE_URL does not resolve",
  ETIMEDOUT: "the database host did not answer: check DATABASE_URL's host and any firewall in between",
  "28P01": "the password in DATABASE_URL was refused",
  "28000": "the server refused this user: check the user in DATABASE_URL and pg_hba.conf",
  "3D000": "the database named in DATABASE_URL does not exist: create it (createdb) or fix the name",
};

/** The one line `npm start` prints when setting up the database failed. */
export function describeSetupError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const hint = typeof code === "string" ? HINTS[code] : undefined;
  return `Database setup failed: ${message}${hint ? ` (${hint})` : ""}`;
}
