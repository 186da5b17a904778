// The files of deploy/ agree with the code they configure: the settings file names every setting,
// nginx's body limit is the app's, the target starts the processes nginx sends requests to, and
// the drill's nginx configuration carries the shipped rules unchanged.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, MAX_FILES } from "@/lib/forms/uploads";
import { drillNginxConf, markedPart } from "./drill/nginx";

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), "utf8");
const site = read("deploy/nginx/zugang.conf");

describe("deploy/", () => {
  it("names every setting of lib/env.ts in the settings file, but the test harness's", () => {
    const settings = [...read("lib/env.ts").matchAll(/^ {2}([A-Z][A-Z0-9_]+): z\./gm)].map((match) => match[1]);
    expect(settings.length).toBeGreaterThan(20);
    const example = read("deploy/zugang.env.example");
    const missing = settings.filter(
      (name) => name !== "ZUGANG_TEST_MODE" && !new RegExp(`^#? ?${name}=`, "m").test(example),
    );
    expect(missing).toEqual([]);
    expect(example).not.toMatch(/^ZUGANG_TEST_MODE=/m);
  });

  it("lets through nginx exactly the largest body the app takes", () => {
    const appLimit = MAX_FILES * MAX_FILE_BYTES + 1024 * 1024;
    const [, megabytes] = /client_max_body_size (\d+)m;/.exec(site) ?? [];
    expect(Number(megabytes) * 1024 * 1024).toBe(appLimit);
  });

  it("starts an app process for every server of nginx's upstream", () => {
    const upstream = [...site.matchAll(/^\s*server 127\.0\.0\.1:(\d+) max_fails=0;/gm)].map((match) => match[1]);
    const target = [...read("deploy/systemd/zugang.target").matchAll(/zugang@(\d+)\.service/g)].map(
      (match) => match[1],
    );
    expect(upstream.length).toBeGreaterThan(1);
    expect(target).toEqual(upstream);
  });

  it("gives the drill's nginx the shipped proxy rules and upstream settings as written", () => {
    const conf = drillNginxConf(site, { prefix: "/drill", listenPort: 39280, appPorts: [39281, 39282] });
    expect(conf).toContain(markedPart(site, "proxy rules"));
    expect(conf).toContain(markedPart(site, "upstream settings"));
    expect(markedPart(site, "proxy rules")).toContain("proxy_buffering off;");
    expect(conf).toContain("server 127.0.0.1:39281 max_fails=0;");
    expect(conf).toContain("server 127.0.0.1:39282 max_fails=0;");
    expect(conf).not.toContain("ssl_certificate");
  });
});
