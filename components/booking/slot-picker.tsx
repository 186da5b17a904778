// Day, then time: days with free slots as links, the chosen day's free times as a list of buttons
// whose accessible names carry the full date, time and place (not a bare "9:00" in a grid).
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { type Slot, formatDay, formatTime, formatWhen } from "@/lib/booking";
import { toBerlinIso } from "@/lib/time";

const timeButton =
  "inline-flex min-h-11 w-full items-center justify-center rounded border-2 border-brand bg-white px-3 py-2 font-semibold text-brand hover:bg-surface";

export async function SlotPicker({
  locale,
  days,
  selectedDay,
  dayHref,
  place,
  form,
}: {
  locale: string;
  days: Map<string, Slot[]>;
  selectedDay?: string;
  dayHref: (day: string) => string;
  place: string;
  /** the form around the time buttons: gets the buttons as children */
  form: (buttons: ReactNode) => ReactNode;
}) {
  const t = await getTranslations("booking");
  if (days.size === 0) return <p className="mt-4">{t("day.none")}</p>;
  const day = selectedDay && days.has(selectedDay) ? selectedDay : undefined;
  const slots = day ? (days.get(day) ?? []) : [];
  return (
    <>
      <h2 className="mt-6 text-xl font-bold" id="days-heading">
        {t("steps.day")}
      </h2>
      <ul className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2" aria-labelledby="days-heading">
        {[...days.entries()].map(([date, free]) => (
          <li key={date}>
            <a
              href={dayHref(date)}
              aria-current={date === day ? "date" : undefined}
              className="flex min-h-11 flex-col rounded border border-line px-3 py-2 no-underline aria-[current=date]:border-brand aria-[current=date]:bg-surface aria-[current=date]:font-bold"
            >
              <span>{formatDay(locale, date)}</span>
              <span className="text-muted">{t("day.free", { count: free.length })}</span>
            </a>
          </li>
        ))}
      </ul>
      {day ? (
        <section aria-labelledby="times-heading" id="times">
          <h2 className="mt-6 text-xl font-bold" id="times-heading">
            {t("steps.time")}: {formatDay(locale, day)}
          </h2>
          {slots.length === 0 ? <p className="mt-2">{t("time.none")}</p> : null}
          {form(
            <ul className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
              {slots.map((slot) => (
                <li key={slot.start.toISOString()}>
                  <button
                    type="submit"
                    name="start"
                    value={toBerlinIso(slot.start)}
                    className={timeButton}
                    aria-label={t("time.label", { when: formatWhen(locale, slot.start), place })}
                  >
                    {formatTime(locale, slot.start)}
                  </button>
                </li>
              ))}
            </ul>,
          )}
        </section>
      ) : null}
    </>
  );
}
