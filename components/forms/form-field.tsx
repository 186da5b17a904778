// One field of a form definition, rendered with the shared field components: label, hint and
// error from the message files, the value the person entered (also after a failed post).
import { getTranslations } from "next-intl/server";
import { ChoiceGroup, TextArea, TextField } from "@/components/ui/fields";
import type { AnswerValue, FieldDefinition } from "@/lib/forms";

const inputTypes: Partial<
  Record<FieldDefinition["kind"], { type: string; inputMode?: "numeric" | "decimal" | "tel" | "email" | "text" }>
> = {
  text: { type: "text" },
  date: { type: "date" },
  email: { type: "email", inputMode: "email" },
  tel: { type: "tel", inputMode: "tel" },
  postalCode: { type: "text", inputMode: "numeric" },
  iban: { type: "text", inputMode: "text" },
  money: { type: "text", inputMode: "decimal" },
};

export async function FormField({
  field,
  value,
  error,
}: {
  field: FieldDefinition;
  value?: AnswerValue;
  error?: string;
}) {
  const t = await getTranslations("forms");
  const optionalMark = field.optional ? ` ${t("ui.optional")}` : "";
  const label = `${t(`fields.${field.name}.label`)}${optionalMark}`;
  const hint = t.has(`fields.${field.name}.hint`) ? t(`fields.${field.name}.hint`) : undefined;
  const errorText = error ? (t.has(`errors.${error}`) ? t(`errors.${error}`) : t("errors.required")) : undefined;

  if (field.kind === "radio" || field.kind === "checkboxes") {
    const selected = Array.isArray(value) ? value : value ? [value] : [];
    return (
      <ChoiceGroup
        name={field.name}
        legend={label}
        hint={hint}
        error={errorText}
        multiple={field.kind === "checkboxes"}
        selected={selected}
        legendClassName="text-lg font-semibold"
        choices={(field.options ?? []).map((option) => ({
          value: option,
          label: t(`options.${field.optionSet}.${option}`),
        }))}
      />
    );
  }
  const text = typeof value === "string" ? value : "";
  if (field.kind === "textarea") {
    return (
      <TextArea
        name={field.name}
        label={label}
        hint={hint}
        error={errorText}
        defaultValue={text}
        maxLength={field.maxLength ?? 4000}
        rows={6}
      />
    );
  }
  const input = inputTypes[field.kind] ?? { type: "text" };
  return (
    <TextField
      name={field.name}
      label={label}
      hint={hint}
      error={errorText}
      type={input.type}
      inputMode={input.inputMode}
      autoComplete={field.autoComplete ?? "off"}
      defaultValue={text}
      maxLength={field.maxLength ?? (field.kind === "postalCode" ? 5 : field.kind === "iban" ? 42 : 200)}
      spellCheck={field.kind === "text" ? undefined : false}
      className={
        field.kind === "postalCode" || field.kind === "money" || field.kind === "date" ? "max-w-xs" : undefined
      }
    />
  );
}
