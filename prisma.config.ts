// Prisma CLI configuration. DATABASE_URL may be unset: `prisma generate` needs no database, and the
// app's own start-up decides the URL (embedded server or DATABASE_URL).
import "dotenv/config";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unset" },
});
