// The staff header on every staff page: the sections the role may use (the page decides which, from
// the permission table), each with its count where one matters (waiting walk-ins, unassigned inbox
// items, callbacks due), the signed-in name and sign-out as a plain POST form. The counts are
// rendered on the server; each carries data-count so that a live update can replace its figure.
export interface HeaderSection {
  href: string;
  label: string;
  /** a figure worth a glance (e.g. walk-ins waiting) and what it counts, in words */
  count?: { key: string; value: number; text: string };
}

export interface SignOut {
  /** next-auth's sign-out address */
  action: string;
  /** the CSRF token of next-auth's double-submit cookie, when the browser has one */
  csrfToken: string | null;
  callbackUrl: string;
}

export function StaffHeader({
  name,
  sections,
  signOut,
}: {
  /** the signed-in staff member's name; null on the sign-in page */
  name: string | null;
  sections: HeaderSection[];
  signOut: SignOut | null;
}) {
  return (
    <header className="bg-brand-dark text-white print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-2">
        <a href="/staff" className="font-bold text-white no-underline hover:text-white">
          Zugang · Mitarbeitende
        </a>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <a href="/staff/feedback/new" className="text-white hover:text-white">
            Rückmeldung zu diesem Werkzeug
          </a>
          {name ? <span>Angemeldet: {name}</span> : null}
          {signOut ? (
            <form method="post" action={signOut.action}>
              {signOut.csrfToken ? <input type="hidden" name="csrfToken" value={signOut.csrfToken} /> : null}
              <input type="hidden" name="callbackUrl" value={signOut.callbackUrl} />
              <button
                type="submit"
                className="min-h-8 cursor-pointer rounded border-2 border-white px-3 font-semibold text-white hover:bg-white hover:text-brand-dark"
              >
                Abmelden
              </button>
            </form>
          ) : null}
        </div>
      </div>
      {sections.length > 0 ? (
        <nav aria-label="Bereiche" className="border-t border-white/30">
          <ul className="mx-auto flex max-w-7xl flex-wrap gap-x-5 gap-y-1 px-4 py-1.5">
            {sections.map((section) => (
              <li key={section.href}>
                <a href={section.href} className="text-white hover:text-white">
                  {section.label}
                  {section.count ? (
                    <span
                      data-count={section.count.key}
                      className={`ms-1.5 inline-block min-w-6 rounded-full px-1.5 text-center text-sm font-bold tabular-nums ${section.count.value > 0 ? "bg-white text-brand-dark" : "border border-white/60"}`}
                    >
                      {section.count.value}
                      <span className="sr-only"> {section.count.text}</span>
                    </span>
                  ) : null}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
