// Texts the booking sends out of the app (e-mail, SMS, calendar): read from the same message files
// as the pages, in the person's language, with {placeholders} filled in.
import ar from "@/messages/ar/booking.json";
import bg from "@/messages/bg/booking.json";
import de from "@/messages/de/booking.json";
import deLs from "@/messages/de-x-ls/booking.json";
import en from "@/messages/en/booking.json";
import ro from "@/messages/ro/booking.json";
import tr from "@/messages/tr/booking.json";
import uk from "@/messages/uk/booking.json";

type Tree = { [key: string]: string | Tree };
const files: Record<string, Tree> = { de, "de-x-ls": deLs, en, tr, ar, uk, bg, ro };

export function bookingText(locale: string, key: string, values: Record<string, string> = {}): string {
  const lookup = (tree: Tree | undefined) =>
    key.split(".").reduce<string | Tree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), tree);
  const found = lookup(files[locale]);
  const text = typeof found === "string" ? found : lookup(files.de);
  if (typeof text !== "string") throw new Error(`missing booking text ${key}`);
  return text.replace(/\{(\w+)\}/g, (_match, name: string) => values[name] ?? `{${name}}`);
}

// Intl formatters are costly to create (about half a millisecond each): one per language and kind.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, kind: "when" | "day" | "time"): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`;
  let format = formatters.get(key);
  if (!format) {
    const tag = locale === "de-x-ls" ? "de" : locale;
    const options: Intl.DateTimeFormatOptions =
      kind === "when"
        ? { timeZone: "Europe/Berlin", weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }
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
