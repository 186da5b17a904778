// A short list of facts about one thing (an appointment at check-in, a booking to move): a term and
// its value per line, two columns; a fact without a value is left out.
import type { ReactNode } from "react";

export type Fact = [term: string, value: ReactNode];

export function Facts({ facts, className = "mt-4" }: { facts: Fact[]; className?: string }) {
  return (
    <dl className={`${className} grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1`}>
      {facts
        .filter(([, value]) => value !== null && value !== undefined && value !== "")
        .map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
