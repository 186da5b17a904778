// Staff sign-in (next-auth, credentials against staff_user) and reading the signed-in staff member.
// Access is checked by the door (lib/staff/door.ts), which reads the session here.
import type { NextAuthOptions, Session } from "next-auth";
import { getServerSession } from "next-auth/next";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIp } from "@/lib/booking";
import { getEnv } from "@/lib/env";
import { attemptSignIn } from "./sign-in";

/** next-auth hands authorize() the request headers as a plain object. */
function requestHeaders(raw: Record<string, unknown> | undefined): Headers {
  return new Headers(Object.entries(raw ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

export const authOptions: NextAuthOptions = {
  secret: getEnv().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/staff/login" },
  providers: [
    CredentialsProvider({
      name: "Dienstkonto",
      credentials: { email: { label: "E-Mail", type: "email" }, password: { label: "Passwort", type: "password" } },
      // Throttled and locked per account and per client address (sign-in.ts); every
      // refusal is the same null, whatever the reason.
      authorize(credentials, req) {
        return attemptSignIn({ email: credentials?.email, password: credentials?.password, address: clientIp(requestHeaders(req?.headers)) });
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.staffId = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.staffId && token.role) {
        session.staff = { id: token.staffId, role: token.role, name: session.user?.name ?? "", email: session.user?.email ?? "" };
      }
      return session;
    },
  },
};

export type StaffSession = Session & { staff: NonNullable<Session["staff"]> };

export async function getStaffSession(): Promise<StaffSession | null> {
  const session = await getServerSession(authOptions);
  return session?.staff ? (session as StaffSession) : null;
}
