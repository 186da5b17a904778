// The question before checking in an appointment that is not today. Nothing is changed until the
// front desk presses "Trotzdem einchecken", which posts the explicit confirmation; the safe choice
// has the focus, so a second scan or Enter by habit does not check anybody in.
import { Button, ButtonLink } from "@/components/ui/buttons";

export const OTHER_DAY_CONFIRMED = "confirmed";

export function OtherDayQuestion({
  question,
  action,
  fields,
  cancelHref,
}: {
  question: string;
  action: string;
  /** hidden fields the post carries besides the confirmation */
  fields: Record<string, string>;
  cancelHref: string;
}) {
  return (
    <section aria-labelledby="other-day-heading" className="mt-6 border-s-4 border-accent bg-surface p-3">
      <h2 id="other-day-heading" className="text-xl font-bold">
        {question}
      </h2>
      <form method="post" action={action} className="mt-3 flex flex-wrap items-center gap-4">
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="otherDay" value={OTHER_DAY_CONFIRMED} />
        <ButtonLink variant="secondary" href={cancelHref} autoFocus>
          Nicht einchecken
        </ButtonLink>
        <Button variant="danger">Trotzdem einchecken</Button>
      </form>
    </section>
  );
}
