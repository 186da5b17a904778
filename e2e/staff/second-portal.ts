// A second `next start` of the e2e build on the e2e server's own database: another app process,
// as a second server behind a load balancer would be, to show that a change made through the first
// one applies in it without a restart.
import { e2eAppDatabaseUrl } from "@/tests/e2e-database";
import { startNextServer, type StartedServer } from "../next-start";

export type SecondPortal = StartedServer;

export function startSecondPortal(): Promise<SecondPortal> {
  return startNextServer({ databaseUrl: e2eAppDatabaseUrl(), ready: (response) => response.ok });
}
