// The admin's routing form: one request type's base orders (a select per place), the situation
// steps (on/off and place) and the person of the preview. "Vorschau zeigen" sends the fields to the
// page itself (GET: nothing changes); "Speichern" posts the same fields, once a preview was shown.
import { Button } from "@/components/ui/buttons";
import { SelectField, TextField } from "@/components/ui/fields";

export interface Option {
  value: string;
  label: string;
}

export interface RoutingEditorProps {
  requestType: { key: string; title: string };
  basedOn: number;
  /** per preference: its label and the channels of the draft, one per place */
  orders: { preference: string; label: string; places: string[] }[];
  channelOptions: Option[];
  steps: { key: string; label: string; enabled: boolean; place: number }[];
  person: Record<string, string>;
  personOptions: {
    requestTypes: Option[];
    preferences: Option[];
    helpNeeds: Option[];
    devices: Option[];
    distances: Option[];
  };
  /** the field ids with a problem, for aria-invalid */
  invalid: Set<string>;
  canSave: boolean;
}

/** The preview person's choices: the field, its label, its options, and whether it may stay empty. */
const PERSON_CHOICES: {
  name: string;
  label: string;
  options: keyof RoutingEditorProps["personOptions"];
  optional: boolean;
}[] = [
  { name: "person-type", label: "Anliegen", options: "requestTypes", optional: false },
  { name: "person-preference", label: "Haltung", options: "preferences", optional: false },
  { name: "person-helpNeed", label: "Hilfe bei Digitalem", options: "helpNeeds", optional: true },
  { name: "person-devices", label: "Geräte", options: "devices", optional: true },
  { name: "person-distance", label: "Entfernung", options: "distances", optional: true },
];

const PERSON_CHECKS = [
  { id: "person-emergency", label: "Notlage" },
  { id: "person-interpreter", label: "Dolmetschen nötig" },
  { id: "person-mobility", label: "Eingeschränkt mobil" },
];

function Check({ id, label, checked }: { id: string; label: string; checked: boolean }) {
  return (
    <div className="mb-2 flex items-center gap-3">
      <input type="checkbox" id={id} name={id} defaultChecked={checked} className="size-6 accent-brand" />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export function RoutingEditor(props: RoutingEditorProps) {
  const { requestType, orders, channelOptions, steps, person, personOptions, invalid } = props;
  return (
    <form method="get" action="/staff/admin/routing" className="mt-6">
      <input type="hidden" name="type" value={requestType.key} />
      <input type="hidden" name="draft" value="1" />
      <input type="hidden" name="basedOn" value={props.basedOn} />

      <h2 className="text-xl font-bold">Reihenfolge für „{requestType.title}“</h2>
      <p className="mt-1 text-muted">
        Welcher Weg zuerst empfohlen wird, je nach Haltung der Person. „Vor Ort“ muss in jeder Reihenfolge vorkommen.
      </p>
      <div className="mt-3 grid gap-4 md:grid-cols-3">
        {orders.map((order) => (
          <fieldset key={order.preference} className="rounded border border-line p-3">
            <legend className="px-1 font-bold">{order.label}</legend>
            {order.places.map((channel, index) => {
              const id = `${order.preference}-${index + 1}`;
              return (
                <SelectField
                  key={id}
                  name={id}
                  label={`${index + 1}. Stelle`}
                  options={channelOptions}
                  defaultValue={channel}
                  invalid={invalid.has(id)}
                  placeholder="– bitte wählen –"
                  className="mb-3"
                />
              );
            })}
          </fieldset>
        ))}
      </div>

      <h2 className="mt-8 text-xl font-bold">Schritte nach der Lage der Person</h2>
      <p className="mt-1 text-muted">
        Sie verschieben Wege nach der Grundreihenfolge, in der Reihenfolge ihrer Stelle. Die Notlage bleibt immer
        eingeschaltet.
      </p>
      <fieldset className="mt-3 rounded border border-line p-3">
        <legend className="px-1 font-bold">Schritte</legend>
        {steps.map((step) => (
          <div key={step.key} className="mb-3 grid items-end gap-3 md:grid-cols-[1fr_8rem]">
            <Check id={`step-${step.key}`} label={step.label} checked={step.enabled} />
            <TextField
              name={`position-${step.key}`}
              label={
                <>
                  Stelle <span className="sr-only">von „{step.label}“</span>
                </>
              }
              defaultValue={String(step.place)}
              inputMode="numeric"
              invalid={invalid.has(`position-${step.key}`)}
              className=""
            />
          </div>
        ))}
      </fieldset>

      <h2 className="mt-8 text-xl font-bold">Vorschau für eine Person</h2>
      <div className="mt-3 grid gap-x-4 md:grid-cols-3">
        {PERSON_CHOICES.map(({ name, label, options, optional }) => (
          <SelectField
            key={name}
            name={name}
            label={label}
            options={personOptions[options]}
            defaultValue={person[name]}
            placeholder={optional ? "keine Angabe" : undefined}
            className="mb-3"
          />
        ))}
        <TextField
          name="person-language"
          label="Sprache (z. B. Türkisch)"
          defaultValue={person["person-language"]}
          invalid={invalid.has("person-language")}
          className="mb-3"
        />
      </div>
      {PERSON_CHECKS.map(({ id, label }) => (
        <Check key={id} id={id} label={label} checked={person[id] === "on"} />
      ))}

      <div className="mt-6 flex flex-wrap gap-3">
        <Button variant={props.canSave ? "secondary" : "primary"}>Vorschau zeigen</Button>
        {props.canSave ? (
          <Button formMethod="post" formAction="/staff/admin/routing/save">
            Speichern als neue Version
          </Button>
        ) : null}
      </div>
    </form>
  );
}
