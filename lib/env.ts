// The one place that reads process.env: validated with zod, read lazily so that `next build`
// can import modules without a database configured.
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).optional(),
  /** The owner's connection, for migrations at start-up; DATABASE_URL then names the app's own role (docs/security.md). */
  MIGRATION_DATABASE_URL: z.string().min(1).optional(),
  /** Base URL used in links sent out (e-mails, calendar files, API answers). */
  PUBLIC_BASE_URL: z.url().optional(),
  NEXTAUTH_URL: z.url().optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  /** Key for the staff's TOTP secrets in the database (at least 32 random characters); NEXTAUTH_SECRET when unset. Changing it means setting up the second factor again. */
  SECOND_FACTOR_KEY: z.string().min(32).optional(),
  /** A staff session ends after this many minutes without a request (docs/security.md). */
  STAFF_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(720).default(30),
  /** …and this many hours after signing in, whatever happened since (a working day). */
  STAFF_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24).default(10),
  /** Single sign-on for staff through OpenID Connect (e.g. Keycloak): all three switch it on. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** The name on the sign-in button ("Anmelden mit …"). */
  OIDC_NAME: z.string().min(1).max(60).default("Single Sign-on"),
  /** Base URL of the video service; each appointment gets its own room below it. */
  VIDEO_BASE_URL: z.url().default("https://meet.jit.si"),
  /** Optional secret to sign Jitsi JWTs for a secured instance. */
  VIDEO_JWT_SECRET: z.string().min(16).optional(),
  VIDEO_JWT_APP_ID: z.string().optional(),
  /** SMTP connection URL (smtp://user:pass@host:port); without it e-mails stay in the local outbox. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Jobcenter Zugang <noreply@jobcenter.example>"),
  /** SMS gateway accepting POST { to, text }; without it SMS stay in the local outbox. */
  SMS_GATEWAY_URL: z.url().optional(),
  SMS_GATEWAY_TOKEN: z.string().optional(),
  /** Folder for uploaded files (the default storage). */
  UPLOAD_DIR: z.string().default(".data/uploads"),
  /** S3-compatible storage, used instead of the folder when S3_BUCKET is set. */
  S3_BUCKET: z.string().optional(),
  S3_ENDPOINT: z.string().optional(),
  S3_REGION: z.string().default("eu-central-1"),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Comma-separated API keys of trusted channels (kiosk, hotline) with higher rate limits. */
  API_KEYS: z.string().optional(),
  /**
   * How many reverse proxies in front of the portal append to X-Forwarded-For. The client address
   * used for rate limits is the entry the outermost of them added; entries further left were sent
   * by the client and could be anything. 0 (the default): no proxy is trusted, nothing in the
   * request names the client, and every client counts under one shared address (docs/anti-bot.md).
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** Minutes after its start an in-person appointment nobody checked in for counts as a no-show. */
  NO_SHOW_GRACE_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(15),
  /** The app process's address (scripts/serve.ts): PORT, and HOSTNAME to listen on. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().min(1).default("0.0.0.0"),
  /** Bearer token for /metrics (Prometheus); without it /metrics answers 404. */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** The lowest level written to the JSON log (docs/logs-and-metrics.md). */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "silent"]).default("info"),
  /** Set to "1" by the test harness to allow test-only conveniences such as relaxed rate limits. */
  ZUGANG_TEST_MODE: z.enum(["0", "1"]).default("0"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => issue.path.join(".")).join(", ");
      throw new Error(`Invalid environment variables: ${fields}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** The base URL for links that leave the portal (e-mail, .ics, API answers). */
export function publicBaseUrl(): string {
  const env = getEnv();
  return (env.PUBLIC_BASE_URL ?? env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
}
