// Loads the messages of the requested locale for next-intl.
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { namespaces } from "./namespaces";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const parts = await Promise.all(
    namespaces.map(
      async (namespace) => [namespace, (await import(`../messages/${locale}/${namespace}.json`)).default] as const,
    ),
  );
  return { locale, messages: Object.fromEntries(parts), timeZone: "Europe/Berlin" };
});
