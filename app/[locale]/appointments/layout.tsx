// Booking pages send the Origin of their form posts: the site-wide "no-referrer" policy makes
// browsers send "Origin: null", which Next.js refuses for server actions posted without JavaScript.
// "same-origin" still keeps the address (with a manage token in it) from leaving the portal.
import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = { referrer: "same-origin" };

export default function AppointmentsLayout({ children }: { children: ReactNode }) {
  return children;
}
