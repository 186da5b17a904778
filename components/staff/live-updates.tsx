"use client";
// Keeps a staff screen current: listens to /staff/live (server-sent events) and reads the page anew
// from the server when something the staff member watches changed (router.refresh keeps what is
// typed and where the focus is). A lost connection is said on screen and the browser reconnects by
// itself; after it is back the page is read anew, as changes may have been missed meanwhile.
// Without JavaScript nothing of this runs: the pages work by reload, as before.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/** At most one reading of the page per this many ms; a change during one is read right after it. */
const MIN_GAP_MS = 400;

export function LiveUpdates() {
  const router = useRouter();
  const [lost, setLost] = useState(false);
  const last = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    // A form sent (a plain post or a GET form): the page is being left. Reading it anew now would
    // show it once more (and record a view) after the post's change, while its answer is on the way.
    let leaving = false;
    const leave = (event: SubmitEvent) => {
      if (event.defaultPrevented) return;
      leaving = true;
      if (pending.current) clearTimeout(pending.current);
      pending.current = null;
    };
    // Back to this page from the browser's cache: it is shown again and kept current again.
    const shown = (event: PageTransitionEvent) => {
      if (event.persisted) leaving = false;
    };
    document.addEventListener("submit", leave);
    window.addEventListener("pageshow", shown);
    const refresh = () => {
      if (pending.current || leaving) return;
      const wait = Math.max(0, last.current + MIN_GAP_MS - Date.now());
      pending.current = setTimeout(() => {
        pending.current = null;
        if (leaving) return;
        last.current = Date.now();
        router.refresh();
      }, wait);
    };
    let wasLost = false;
    const source = new EventSource("/staff/live");
    source.addEventListener("ready", () => {
      if (wasLost) refresh();
      wasLost = false;
      setLost(false);
      document.documentElement.dataset.live = "ready";
    });
    source.addEventListener("change", refresh);
    source.onerror = () => {
      wasLost = true;
      setLost(true);
      document.documentElement.dataset.live = "lost";
    };
    return () => {
      document.removeEventListener("submit", leave);
      window.removeEventListener("pageshow", shown);
      source.close();
      if (pending.current) clearTimeout(pending.current);
    };
  }, [router]);

  return (
    <div aria-live="polite" className="print:hidden">
      {lost ? (
        <p className="mx-auto max-w-7xl bg-focus px-4 py-1 font-semibold text-ink">
          Verbindung unterbrochen: Diese Seite zeigt vielleicht nicht den neuesten Stand. Neuer Versuch läuft …
        </p>
      ) : null}
    </div>
  );
}
