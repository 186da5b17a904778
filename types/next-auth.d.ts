// What the staff session carries: the staff user's id and role.
import type { StaffRole } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    role?: StaffRole;
  }
  interface Session {
    staff?: { id: string; role: StaffRole; name: string; email: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    staffId?: string;
    role?: StaffRole;
  }
}
