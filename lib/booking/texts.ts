// Dates and times in the booking's texts (e-mail, SMS, calendar, pages), in the person's language
// and Berlin time. The words come from messages/*/booking.json through i18n/translator.ts.
// Intl formatters are costly to create (docs/booking.md, "Measured"): one per language and kind.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, kind: "when" | "day" | "time"): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`;
  let format = formatters.get(key);
  if (!format) {
    const tag = locale === "de-x-ls" ? "de" : locale;
    const options: Intl.DateTimeFormatOptions =
      kind === "when"
        ? {
            timeZone: "Europe/Berlin",
            weekday: "long",
            day: "numeric",
            month: "long",
            year: "numeric",
            hour: "2-digit",
            minute: "2-digit",
          }
        : kind === "day"
          ? { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" }
          : { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" };
    format = new Intl.DateTimeFormat(tag, options);
    formatters.set(key, format);
  }
  return format;
}

/** "Montag, 30. November 2026 um 09:00" in the person's language and Berlin time. */
export function formatWhen(locale: string, instant: Date): string {
  return formatter(locale, "when").format(instant);
}

export function formatDay(locale: string, isoDate: string): string {
  return formatter(locale, "day").format(new Date(`${isoDate}T12:00:00Z`));
}

export function formatTime(locale: string, instant: Date): string {
  return formatter(locale, "time").format(instant);
}
