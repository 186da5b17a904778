// The waiting room's screens and printed tickets: no sign-in, German with a second language line,
// large and high-contrast.
import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = { title: "Aufrufanzeige – Zugang", robots: { index: false } };

export default function DisplayLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body className="bg-black text-white">{children}</body>
    </html>
  );
}
