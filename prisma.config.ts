import { defineConfig } from "prisma/config";

// The app applies migrations itself (lib/db/migrate.ts) so it works offline; this file
// serves `prisma generate` here and `prisma migrate deploy` on a connected machine.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/app.db" },
});
