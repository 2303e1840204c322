import { defineConfig } from "prisma/config";

// The app applies migrations itself (lib/db/migrate.ts) so it works offline; this file serves
// `prisma generate` here and `prisma migrate deploy` on a connected machine, where DATABASE_URL
// picks the provider's schema and migrations (postgres://... -> prisma/postgresql/).
const url = process.env.DATABASE_URL ?? "file:./data/app.db";
const dir = /^postgres(ql)?:\/\//.test(url) ? "prisma/postgresql" : "prisma";

export default defineConfig({
  schema: `${dir}/schema.prisma`,
  migrations: { path: `${dir}/migrations` },
  datasource: { url },
});
