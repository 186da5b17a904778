// Where the end-to-end server keeps its database, for the server (scripts/e2e-server.ts) and for the
// specs that look into it: on DATABASE_URL's server when it is set, else on the embedded server the
// e2e server starts on E2E_PG_PORT. One place, so that both sides agree without DATABASE_URL too.
import { embeddedUrlFor } from "@/lib/db/embedded";
import { appRoleFor, urlAsRole } from "@/lib/db/roles";

export function e2ePort(): number {
  return Number(process.env.E2E_PORT ?? 3100);
}

export function e2eEmbeddedPort(): number {
  return Number(process.env.E2E_PG_PORT ?? 54349);
}

/** The maintenance database of the e2e server's PostgreSQL. */
export function e2eAdminUrl(): string {
  return process.env.DATABASE_URL ?? embeddedUrlFor(e2eEmbeddedPort(), "postgres");
}

export function e2eDatabaseName(): string {
  return `zugang_e2e_${e2ePort()}`;
}

/** The database the e2e server created and serves from. */
export function e2eDatabaseUrl(): string {
  const url = new URL(e2eAdminUrl());
  url.pathname = `/${e2eDatabaseName()}`;
  return url.toString();
}

/** The trusted channel's API key the e2e server accepts (X-Api-Key), for the kiosk's requests. */
export const E2E_API_KEY = "e2e-kiosk-key-for-the-queue";

/** The same database as the app's role the e2e server connects with (lib/db/roles.ts). */
export function e2eAppDatabaseUrl(): string {
  return urlAsRole(e2eDatabaseUrl(), appRoleFor(e2eDatabaseUrl()));
}
