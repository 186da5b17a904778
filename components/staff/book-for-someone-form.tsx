// Step 2 of booking for someone: what and where (a GET form that shows the free times; Enter on a
// request type shows them), then the time with the next free one chosen, how the person is
// helped, language, interpreter, accessibility and where the confirmation goes, and one "Buchen"
// (a plain post; Enter on a time books it).
import type { ReactNode } from "react";
import { INTERPRETER_LANGUAGES } from "@/components/booking/details-form";
import { Button } from "@/components/ui/buttons";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextArea, TextField } from "@/components/ui/fields";
import { BOOK_PAGE, germanDate } from "./person-search";

const optionBox =
  "flex items-center gap-3 rounded border border-line px-3 py-2 has-[:checked]:border-brand has-[:checked]:bg-surface";

export type BookingField =
  | "form"
  | "person"
  | "requestType"
  | "channel"
  | "location"
  | "start"
  | "assistance"
  | "language"
  | "interpreter"
  | "accessibilityNeeds"
  | "phone"
  | "email"
  | "videoConsent";

export interface BookingChoices {
  person: string;
  desk: string;
  requestType: string;
  channel: "in_person" | "video";
  day: string;
}

export interface BookingDetails {
  start: string;
  assistance: "counter" | "phone";
  language: string;
  interpreter: string;
  accessibilityNeeds: string;
  phone: string;
  email: string;
  videoConsent: boolean;
}

export interface SlotChoice {
  /** the start as the booking takes it (ISO 8601, Berlin offset) */
  value: string;
  label: string;
}

function Radios({
  name,
  legend,
  options,
  selected,
  error,
  focus,
  columns = "",
}: {
  name: string;
  legend: ReactNode;
  options: { value: string; label: ReactNode }[];
  selected: string;
  error?: string;
  focus?: boolean;
  columns?: string;
}) {
  const checked = options.some((option) => option.value === selected) ? selected : "";
  return (
    <fieldset className="mb-5" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {error ? (
        <p id={`${name}-error`} className="mt-1 font-semibold text-accent">
          {error}
        </p>
      ) : null}
      <div className={`mt-1 grid gap-2 ${columns}`}>
        {options.map((option, index) => {
          const id = index === 0 ? name : `${name}-${index}`;
          const isChecked = option.value === checked;
          return (
            <div key={option.value} className={optionBox}>
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                defaultChecked={isChecked}
                // The chosen option, else the first, takes the focus when asked: arrows move, Enter sends.
                autoFocus={focus && (isChecked || (!checked && index === 0))}
                className="size-5 shrink-0 accent-brand"
              />
              <label htmlFor={id} className="flex-1 cursor-pointer">
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function BookingChoicesForm({
  choices,
  requestTypes,
  locations,
  videoPossible,
  errors,
  focus,
}: {
  choices: BookingChoices;
  requestTypes: { key: string; title: string }[];
  locations: { id: string; name: string }[];
  videoPossible: boolean;
  errors: Partial<Record<BookingField, string>>;
  focus: boolean;
}) {
  return (
    <form method="get" action={BOOK_PAGE} className="mt-4" aria-labelledby="choices-heading">
      <h2 id="choices-heading" className="text-xl font-bold">
        2. Anliegen und Ort
      </h2>
      <input type="hidden" name="person" value={choices.person} />
      <Radios
        name="requestType"
        legend="Anliegen"
        options={requestTypes.map((type) => ({ value: type.key, label: type.title }))}
        selected={choices.requestType}
        error={errors.requestType}
        focus={focus}
        columns="sm:grid-cols-2 lg:grid-cols-3"
      />
      <div className="grid gap-x-4 sm:grid-cols-3">
        <Radios
          name="channel"
          legend="Art des Termins"
          columns="grid-cols-2"
          options={[
            { value: "in_person", label: "Vor Ort" },
            ...(videoPossible ? [{ value: "video", label: "Video" }] : []),
          ]}
          selected={choices.channel}
          error={errors.channel}
        />
        <SelectField
          name="location"
          label="Standort (vor Ort)"
          defaultValue={choices.desk}
          error={errors.location}
          options={locations.map((location) => ({ value: location.id, label: location.name }))}
        />
        <TextField
          name="day"
          label="Frei ab Tag (TT.MM.JJJJ, leer: ab jetzt)"
          autoComplete="off"
          defaultValue={choices.day ? germanDate(choices.day) : ""}
        />
      </div>
      <Button variant="secondary">Freie Zeiten anzeigen</Button>
    </form>
  );
}

export function BookingDetailsForm({
  choices,
  bookingLocationId,
  formKey,
  slots,
  details,
  languages,
  interpreterName,
  errors,
  focus,
}: {
  choices: BookingChoices;
  bookingLocationId: string;
  formKey: string;
  slots: SlotChoice[];
  details: BookingDetails;
  languages: { code: string; name: string }[];
  interpreterName: (code: string) => string;
  errors: Partial<Record<BookingField, string>>;
  focus: boolean;
}) {
  const summary = (Object.entries(errors) as [BookingField, string][]).map(([field, message]) => ({
    fieldId: field === "form" || field === "person" ? "start" : field,
    message,
  }));
  return (
    <form method="post" action={`${BOOK_PAGE}/confirm`} className="mt-6" aria-labelledby="details-heading">
      <h2 id="details-heading" className="text-xl font-bold">
        3. Zeit und Angaben
      </h2>
      <ErrorSummary title="Noch nicht gebucht" errors={summary} />
      <input type="hidden" name="key" value={formKey} />
      <input type="hidden" name="person" value={choices.person} />
      <input type="hidden" name="desk" value={choices.desk} />
      <input type="hidden" name="requestType" value={choices.requestType} />
      <input type="hidden" name="channel" value={choices.channel} />
      <input type="hidden" name="location" value={bookingLocationId} />
      <input type="hidden" name="day" value={choices.day} />
      <Radios
        name="start"
        legend="Zeit (die nächste freie ist gewählt)"
        options={slots.map((slot, index) => ({
          value: slot.value,
          label: index === 0 ? `${slot.label} – nächste freie Zeit` : slot.label,
        }))}
        selected={details.start}
        error={errors.start}
        focus={focus}
        columns="sm:grid-cols-2"
      />
      <Radios
        name="assistance"
        legend="Wie wird gebucht?"
        options={[
          { value: "counter", label: "Am Schalter (die Person ist da)" },
          { value: "phone", label: "Am Telefon" },
        ]}
        selected={details.assistance}
        error={errors.assistance}
        columns="sm:grid-cols-2"
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          name="language"
          label="Sprache der Bestätigung"
          defaultValue={details.language}
          options={languages.map((language) => ({ value: language.code, label: language.name }))}
        />
        <SelectField
          name="interpreter"
          label="Dolmetschen"
          defaultValue={details.interpreter}
          error={errors.interpreter}
          options={[
            { value: "", label: "Nicht nötig" },
            ...INTERPRETER_LANGUAGES.map((code) => ({ value: code, label: interpreterName(code) })),
          ]}
        />
        <TextField
          name="phone"
          type="tel"
          label="Bestätigung per SMS an (wenn gewünscht)"
          defaultValue={details.phone}
          error={errors.phone}
          autoComplete="off"
        />
        <TextField
          name="email"
          type="email"
          label="Bestätigung per E-Mail an (wenn gewünscht)"
          defaultValue={details.email}
          error={errors.email}
          autoComplete="off"
        />
      </div>
      <TextArea
        name="accessibilityNeeds"
        label="Barrierefreiheit (wenn nötig)"
        hint="Zum Beispiel: Rollstuhl, Gebärdensprache, Begleitperson"
        rows={2}
        defaultValue={details.accessibilityNeeds}
        error={errors.accessibilityNeeds}
      />
      {choices.channel === "video" ? (
        <div className="mb-5 flex items-start gap-3">
          <input
            type="checkbox"
            id="videoConsent"
            name="videoConsent"
            value="yes"
            defaultChecked={details.videoConsent}
            className="mt-1 size-5 shrink-0 accent-brand"
            aria-describedby={errors.videoConsent ? "videoConsent-error" : undefined}
          />
          <label htmlFor="videoConsent">
            Die Person ist mit dem Videogespräch einverstanden (es wird nicht aufgezeichnet).
          </label>
          {errors.videoConsent ? (
            <p id="videoConsent-error" className="font-semibold text-accent">
              {errors.videoConsent}
            </p>
          ) : null}
        </div>
      ) : null}
      <Button>Buchen</Button>
    </form>
  );
}
