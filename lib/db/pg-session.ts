import pg from "pg";

/**
 * One plain PostgreSQL session for work Prisma cannot do (migrations, advisory locks, creating
 * databases): connected for `work`, always closed after.
 */
export async function withPgSession<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
