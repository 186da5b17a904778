// A section named by its own heading (aria-labelledby), with an optional short text under the
// heading: the emergency entry, the other channels, "continue later", the way to a person.
import type { ReactNode } from "react";

export function TitledSection({
  id,
  title,
  intro,
  size = "lg",
  preserveLines = false,
  className,
  testId,
  children,
}: {
  /** The heading's id, unique on the page. */
  id: string;
  title: string;
  intro?: string;
  size?: "lg" | "xl";
  /** Keeps the line breaks of the intro text. */
  preserveLines?: boolean;
  className?: string;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className} data-testid={testId}>
      <h2 id={id} className={size === "xl" ? "text-xl font-bold" : "text-lg font-bold"}>
        {title}
      </h2>
      {intro ? <p className={preserveLines ? "preserve-lines mt-1" : "mt-1"}>{intro}</p> : null}
      {children}
    </section>
  );
}
