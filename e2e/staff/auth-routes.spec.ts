// The sign-in routes (/api/auth/*) answer bad input with a 4xx or a redirect to the sign-in page,
// never with next-auth's 500.
import { expect, test } from "../fixtures";

test("a GET of the credentials callback leads to the sign-in page", async ({ request }) => {
  const response = await request.get("/api/auth/callback/credentials", { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toBe("/staff/login");
});

test("a control character posted to /api/auth/_log is refused with 400", async ({ request }) => {
  const form = await request.post("/api/auth/_log", {
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    data: "code=\u0001&level=error",
  });
  expect(form.status()).toBe(400);
  const json = await request.post("/api/auth/_log", {
    headers: { "Content-Type": "application/json" },
    data: '{"code":"\u0001',
  });
  expect(json.status()).toBe(400);
});

test("odd paths, queries, bodies and methods get a 4xx or a redirect", async ({ request }) => {
  const answers: Record<string, number> = {};
  const get = async (path: string) =>
    (answers[`GET ${path}`] = (await request.get(path, { maxRedirects: 0 })).status());
  await get("/api/auth/signin?callbackUrl=%0a");
  await get("/api/auth/callback/credentials?callbackUrl=%00");
  await get("/api/auth/nothing-here");
  await get("/api/auth/callback/github");
  for (const [name, options] of Object.entries({
    "POST callback, broken JSON": {
      path: "/api/auth/callback/credentials",
      contentType: "application/json",
      data: "[1",
    },
    "POST callback, NUL in the e-mail": {
      path: "/api/auth/callback/credentials",
      contentType: "application/x-www-form-urlencoded",
      data: "email=a%00&password=x",
    },
    "POST callback, plain text": { path: "/api/auth/callback/credentials", contentType: "text/plain", data: "hello" },
    "POST session, 20 kB": {
      path: "/api/auth/session",
      contentType: "application/x-www-form-urlencoded",
      data: `a=${"x".repeat(20_000)}`,
    },
  })) {
    answers[name] = (
      await request.post(options.path, {
        headers: { "Content-Type": options.contentType },
        data: options.data,
        maxRedirects: 0,
      })
    ).status();
  }
  answers["PUT session"] = (await request.put("/api/auth/session", { maxRedirects: 0 })).status();
  answers["DELETE session"] = (await request.delete("/api/auth/session", { maxRedirects: 0 })).status();
  for (const [name, status] of Object.entries(answers))
    expect(status >= 300 && status < 500, `${name} answered ${status}`).toBe(true);
  // What the sign-in form needs still works.
  expect((await request.get("/api/auth/csrf")).status()).toBe(200);
  expect((await request.get("/api/auth/session")).status()).toBe(200);
});
