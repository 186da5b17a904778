// Staff area: German, desktop first, behind sign-in (each page goes through the staff door, lib/staff/door.ts).
// Every staff page has the staff header (sections, counts, who is signed in, sign-out) and links to
// the feedback form on the tools, which takes the page from the Referer.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { StaffHeaderForSession } from "./header";

export const metadata: Metadata = {
  title: { default: "Zugang – Mitarbeitende", template: "%s – Zugang für Mitarbeitende" },
  robots: { index: false },
};

export default function StaffLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body>
        <StaffHeaderForSession />
        <main id="main" className="mx-auto max-w-7xl px-4 py-4 print:max-w-none print:p-0">
          {children}
        </main>
      </body>
    </html>
  );
}
