// Staff area: German, desktop first, behind sign-in (each page goes through the staff door, lib/staff/door.ts).
// Every staff page links to the feedback form on the tools; it takes the page from the Referer.
import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: { default: "Zugang – Mitarbeitende", template: "%s – Zugang für Mitarbeitende" },
  robots: { index: false },
};

export default function StaffLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body>
        <header className="bg-brand-dark text-white print:hidden">
          <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
            <a href="/staff" className="text-lg font-bold text-white no-underline hover:text-white">
              Zugang · Mitarbeitende
            </a>
            <a href="/staff/feedback/new" className="text-white hover:text-white">
              Rückmeldung zu diesem Werkzeug
            </a>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-6 print:max-w-none print:p-0">
          {children}
        </main>
      </body>
    </html>
  );
}
