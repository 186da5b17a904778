"use client";
// "Drucken": the browser's print dialog for the confirmation (the print stylesheet leaves the staff
// frame out). Without JavaScript the browser's own print command does the same.
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex min-h-11 items-center justify-center rounded bg-brand px-5 py-2 text-base font-semibold text-white hover:bg-brand-dark"
    >
      Drucken
    </button>
  );
}
