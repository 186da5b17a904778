// A titled section of an information page (accessibility statement, privacy notice…).
import type { ReactNode } from "react";

export function InfoSection({
  id,
  heading,
  body,
  children,
}: {
  id: string;
  heading: string;
  body?: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-6">
      <h2 id={id} className="text-xl font-bold">
        {heading}
      </h2>
      {body ? <p className="preserve-lines mt-2">{body}</p> : null}
      {children}
    </section>
  );
}
