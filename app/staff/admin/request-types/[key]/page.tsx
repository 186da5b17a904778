// Admins: one request type's settings in one plain form posting to ./save: the allowed channels (in
// person stays), the slot length, and per portal language the title, the short explanation and what
// to bring, each language left empty marked (citizens see the German text there). A refused form
// comes back with its problems by field and the entries as typed.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StaffNotice } from "@/components/staff/notice";
import { Button } from "@/components/ui/buttons";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, TextArea, TextField } from "@/components/ui/fields";
import { rtlLocales } from "@/i18n/locales";
import {
  bringField,
  CHANNEL_LABELS,
  channelField,
  descriptionField,
  findRefusedForm,
  findRequestTypeForAdmin,
  gapText,
  PORTAL_LANGUAGES,
  SLOT_MINUTES,
  tickedChannels,
  titleField,
  type AdminRequestType,
  type RequestTypeFormFields,
} from "@/lib/journey";
import { queryText, readQuery, type SearchParams } from "@/lib/list-query";
import { staffPage } from "@/lib/staff";
import { onlineFormPossible } from "../online-form";
import { LANGUAGE_NAMES } from "@/lib/languages";

export const metadata: Metadata = { title: "Anliegen bearbeiten" };
export const dynamic = "force-dynamic";

const NOTICES: Record<string, string> = {
  saved: "Gespeichert. Die Änderung gilt ab sofort im Portal und in der Schnittstelle.",
  "saved-with-rules":
    "Gespeichert. Die Änderung gilt ab sofort. Weil sich die erlaubten Wege geändert haben, gibt es auch eine neue Version der Regeln der Empfehlung: nicht mehr erlaubte Wege sind aus der Reihenfolge genommen, neue stehen am Ende.",
  unchanged: "Es gab nichts zu ändern.",
};

const CHANNEL_ORDER = ["online", "video", "in_person", "phone"] as const;

/** The form's values: the refused entries as typed, else the stored settings. */
function formValues(
  type: AdminRequestType,
  kept: RequestTypeFormFields | null,
): { text: Record<string, string>; channels: string[] } {
  if (kept) {
    const text = (name: string) => (typeof kept[name] === "string" ? (kept[name] as string) : "");
    const values: Record<string, string> = { basedOn: text("basedOn"), slotMinutes: text("slotMinutes") };
    for (const language of PORTAL_LANGUAGES)
      for (const name of [titleField(language), descriptionField(language), bringField(language)])
        values[name] = text(name);
    return { text: values, channels: tickedChannels(kept.channel) };
  }
  const values: Record<string, string> = { basedOn: type.version, slotMinutes: String(type.slotMinutes) };
  for (const language of PORTAL_LANGUAGES) {
    values[titleField(language)] = type.title[language] ?? "";
    values[descriptionField(language)] = type.description[language] ?? "";
    values[bringField(language)] = (type.whatToBring[language] ?? []).join("\n");
  }
  return { text: values, channels: type.allowedChannels };
}

export default async function RequestTypePage({
  params,
  searchParams,
}: {
  params: Promise<{ key: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { key } = await params;
  const session = await staffPage("request-types.manage", {
    returnTo: `/staff/admin/request-types/${encodeURIComponent(key)}`,
  });
  const query = await searchParams;
  const type = await findRequestTypeForAdmin(key);
  if (!type) notFound();
  const { draft, notice: told } = readQuery({ draft: queryText(), notice: queryText() }, query);
  const refused = await findRefusedForm(draft, session.staff.id, type.key);
  const problems = refused?.problems ?? {};
  const { text: values, channels } = formValues(type, refused?.entries ?? null);
  const notice = refused ? undefined : told;
  const gaps = new Map(type.gaps.map((gap) => [gap.language, gap]));
  const channelProblem =
    [problems[channelField("in_person")], problems[channelField("online")]].filter(Boolean).join(" ") || undefined;
  const summary = Object.entries(problems).map(([field, message]) => ({
    fieldId: field.startsWith("channel-") ? "channel" : field === "basedOn" ? "save" : field,
    message,
  }));
  const onlineHint = type.externalUrl
    ? "Führt zum offiziellen Online-Antrag (externe Seite)."
    : onlineFormPossible(type)
      ? "Das Formular des Portals für dieses Anliegen."
      : "Für dieses Anliegen gibt es kein Online-Formular im Portal. Ein neues Formular wird programmiert; es lässt sich hier nicht einschalten.";

  return (
    <>
      <p>
        <a href="/staff/admin/request-types">Zurück zu den Anliegen</a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Anliegen: {type.title.de || type.key}</h1>
      {type.isEmergency ? (
        <p className="mt-1 text-muted">Notlage: wird immer zuerst vor Ort und am selben Tag angeboten</p>
      ) : null}
      {notice && NOTICES[notice] ? <StaffNotice tone="done">{NOTICES[notice]}</StaffNotice> : null}
      {type.gaps.length > 0 ? (
        <section aria-labelledby="gaps-heading" className="mt-4 border-s-4 border-accent bg-surface p-3">
          <h2 id="gaps-heading" className="font-bold">
            Fehlende Übersetzungen
          </h2>
          <ul className="mt-1 list-disc ps-5">
            {type.gaps.map((gap) => (
              <li key={gap.language}>{gapText(gap)}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <form
        id="form"
        method="post"
        action={`/staff/admin/request-types/${encodeURIComponent(type.key)}/save`}
        className="mt-6 max-w-3xl"
        noValidate
      >
        <ErrorSummary title="Das Anliegen ist noch nicht gespeichert" errors={summary} />
        <input type="hidden" name="basedOn" value={values.basedOn} />
        <ChoiceGroup
          name="channel"
          legend="Erlaubte Wege"
          hint="Nur diese Wege werden empfohlen und angeboten. „Vor Ort“ lässt sich nicht abschalten: Der persönliche Kontakt bleibt immer möglich."
          error={channelProblem}
          multiple
          selected={channels}
          choices={CHANNEL_ORDER.map((channel) => ({
            value: channel,
            label: CHANNEL_LABELS[channel],
            hint:
              channel === "online"
                ? onlineHint
                : channel === "in_person"
                  ? "Immer erlaubt."
                  : channel === "phone"
                    ? "Die Person hinterlässt Nummer und Zeitfenster, das Jobcenter ruft zurück."
                    : undefined,
          }))}
        />
        <TextField
          name="slotMinutes"
          label="Terminlänge in Minuten"
          hint={`${SLOT_MINUTES.min} bis ${SLOT_MINUTES.max}, in Viertelstunden (15, 30, 45 …). Gilt für Termine, die ab jetzt gebucht werden.`}
          inputMode="numeric"
          autoComplete="off"
          className="max-w-xs"
          defaultValue={values.slotMinutes}
          error={problems.slotMinutes}
          required
        />

        <h2 className="mt-8 text-xl font-bold">Texte in den Sprachen des Portals</h2>
        <p className="mt-1">
          Bleibt ein Feld in einer Sprache leer, sehen Bürgerinnen und Bürger dort den deutschen Text. „Mitbringen“:
          eine Zeile je Punkt; steht auf der Terminbestätigung.
        </p>
        {PORTAL_LANGUAGES.map((language) => {
          const dir = (rtlLocales as readonly string[]).includes(language) ? "rtl" : "ltr";
          const gap = gaps.get(language);
          const name = LANGUAGE_NAMES[language];
          return (
            <fieldset key={language} className="mt-6 border-t-2 border-line pt-4">
              <legend className="text-lg font-bold">
                {language === "de" ? `${name} (Ausgangstext, Titel Pflicht)` : name}
              </legend>
              {gap ? (
                <p className="mb-3 font-semibold text-accent" id={`gap-${language}`}>
                  {gapText(gap)}
                </p>
              ) : null}
              <TextField
                name={titleField(language)}
                label={`Titel (${name})`}
                lang={language}
                dir={dir}
                defaultValue={values[titleField(language)]}
                error={problems[titleField(language)]}
                required={language === "de"}
              />
              <TextArea
                name={descriptionField(language)}
                label={`Kurze Erklärung (${name})`}
                lang={language}
                dir={dir}
                rows={3}
                defaultValue={values[descriptionField(language)]}
                error={problems[descriptionField(language)]}
              />
              <TextArea
                name={bringField(language)}
                label={`Mitbringen (${name})`}
                hint="Eine Zeile je Punkt."
                lang={language}
                dir={dir}
                rows={4}
                defaultValue={values[bringField(language)]}
                error={problems[bringField(language)]}
              />
            </fieldset>
          );
        })}
        <Button id="save">Speichern</Button>
      </form>
    </>
  );
}
