// One location as the citizen chooses it: address, distance hint, step-free access, opening and
// walk-in hours, and a link to its free times.
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/buttons";
import { distanceFromCentre, type locationsFor } from "@/lib/booking";

type Location = Awaited<ReturnType<typeof locationsFor>>[number];

export async function LocationCard({ location, href }: { location: Location; href: string }) {
  const t = await getTranslations("booking");
  const km = distanceFromCentre(location);
  const walkIn = location.openingHours.filter((hours) => hours.walkIn);
  return (
    <li className="rounded border border-line p-4">
      <h2 className="text-lg font-bold">{location.name}</h2>
      <p className="mt-1">
        <span className="sr-only">{t("location.address")}: </span>
        {location.street}, {location.postalCode} {location.city}
      </p>
      {km !== null ? <p className="text-muted">{t("location.distance", { km: String(km) })}</p> : null}
      <p className="mt-1 font-semibold">{location.stepFree ? t("location.stepFree") : t("location.notStepFree")}</p>
      {location.accessibilityNotes ? <p>{location.accessibilityNotes}</p> : null}
      <details className="mt-2">
        <summary className="min-h-11 cursor-pointer py-2 font-semibold">{t("location.openingHours")}</summary>
        <ul className="ps-2">
          {location.openingHours.map((hours) => (
            <li key={hours.id}>
              {t(`location.weekday${hours.weekday}`)}: {hours.opensAt}–{hours.closesAt}
            </li>
          ))}
        </ul>
        {walkIn.length > 0 || location.walkInNotes ? (
          <p className="mt-2">
            <span className="font-semibold">{t("location.walkIn")}: </span>
            {location.walkInNotes ??
              walkIn
                .map((hours) => `${t(`location.weekday${hours.weekday}`)} ${hours.opensAt}–${hours.closesAt}`)
                .join(", ")}
          </p>
        ) : null}
      </details>
      <ButtonLink href={href} className="mt-3 text-white! hover:text-white!">
        {t("location.choose", { name: location.name })}
      </ButtonLink>
    </li>
  );
}
