// next-auth's routes, behind a check of what reaches them (lib/staff/auth-requests.ts): bad input
// gets a 4xx, or a redirect to the sign-in page for a GET, never next-auth's 500.
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { seeOther } from "@/lib/plain-post";
import { authOptions, checkAuthRequest, type AuthRequestProblem } from "@/lib/staff";
import { log } from "@/lib/log";

const nextAuth = NextAuth(authOptions);

const STATUS: Record<AuthRequestProblem | "failed", number> = {
  "unknown-route": 404,
  "bad-query": 400,
  "bad-body": 400,
  "too-large": 413,
  "unsupported-type": 415,
  failed: 400,
};

/**
 * A GET lands on the sign-in page. A post gets its status with the JSON next-auth's client reads
 * (it takes the error from `url`), so the sign-in form shows its usual message instead of hanging.
 */
function refuse(request: Request, problem: AuthRequestProblem | "failed"): Response {
  if (request.method === "GET" || request.method === "HEAD") return seeOther("/staff/login");
  const url = new URL("/staff/login?error=BadRequest", request.url).toString();
  return Response.json({ error: problem, url }, { status: STATUS[problem], headers: { "Cache-Control": "no-store" } });
}

async function handle(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  const { nextauth } = await context.params;
  const check = await checkAuthRequest(request, nextauth);
  if (!check.ok) return refuse(request, check.problem);
  // The body was read for the check: next-auth gets a copy of the request with the same body.
  const forwarded =
    check.body === undefined
      ? request
      : new NextRequest(request.url, { method: request.method, headers: request.headers, body: check.body });
  try {
    const response: Response = await nextAuth(forwarded, { params: Promise.resolve({ nextauth }) });
    if (response.status < 500) return response;
    log().error({ status: response.status, action: nextauth.join("/") }, "sign-in route: next-auth failed");
  } catch (error) {
    // Logged by name only: the request may carry a password.
    log().error(
      { error: error instanceof Error ? error.name : "unknown", action: nextauth.join("/") },
      "sign-in route failed",
    );
  }
  return refuse(request, "failed");
}

export { handle as GET, handle as POST };
