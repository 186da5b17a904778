// What the staff session carries: the staff user's id and role, and whether the sign-in used the
// second factor, and the server's session it belongs to (the door reads the account's current role and state from the database per request).
import type { StaffRole } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    role?: StaffRole;
    secondFactor?: boolean;
  }
  interface Session {
    staff?: {
      id: string;
      role: StaffRole;
      name: string;
      email: string;
      secondFactor: boolean;
      sessionId?: string;
      singleSignOn?: boolean;
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    staffId?: string;
    role?: StaffRole;
    secondFactor?: boolean;
    /** the staff_session row the server checks on every request (lib/staff/sessions.ts) */
    sessionId?: string;
    /** signed in through single sign-on: the identity provider keeps the password, the portal none */
    singleSignOn?: boolean;
  }
}
