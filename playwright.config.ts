// End-to-end tests in Chromium against the production build (scripts/e2e-server.ts builds and
// starts it on its own database). Debian's Chromium is used where it is installed.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const launchOptions = existsSync(chromiumPath)
  ? {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    }
  : {};

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    launchOptions,
    trace: { mode: "retain-on-failure", screenshots: false },
  },
  projects: [
    {
      name: "phone",
      use: { ...devices["Desktop Chrome"], ...phone, launchOptions },
      testIgnore: [/staff\//, /\.nojs\.spec\.ts$/],
    },
    {
      name: "phone-no-js",
      use: { ...devices["Desktop Chrome"], ...phone, javaScriptEnabled: false, launchOptions },
      testMatch: /.*\.nojs\.spec\.ts|.*\.both\.spec\.ts/,
    },
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, testMatch: /staff\/.*\.spec\.ts/ },
  ],
  webServer: {
    command: "tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: { E2E_PORT: String(port) },
  },
});
