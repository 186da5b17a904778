// Form fields for server-rendered, plain forms: label, hint and error wired with
// aria-describedby and aria-invalid; large targets; inputs keep their values after an error.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const inputClass =
  "mt-1 block w-full rounded border-2 border-ink bg-white px-3 py-2 text-base min-h-11 aria-[invalid=true]:border-accent";

function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-semibold text-accent">
          {error}
        </p>
      ) : null}
    </>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  name: string;
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

export function TextField({ name, id = name, label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <div className={`mb-5 ${className ?? ""}`}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={inputClass} {...input} />
    </div>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name" | "children"> & {
  name: string;
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: { value: string; label: string }[];
};

/** A labelled list to choose one from (a location, a language), with hint and error like the text field. */
export function SelectField({ name, id = name, label, hint, error, options, ...select }: SelectFieldProps) {
  return (
    <div className="mb-5">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={inputClass} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name"> & {
  name: string;
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

export function TextArea({ name, id = name, label, hint, error, ...textarea }: TextAreaProps) {
  return (
    <div className="mb-5">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea id={id} name={name} rows={4} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={inputClass} {...textarea} />
    </div>
  );
}

export interface Choice {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

/** Radio buttons or checkboxes in a fieldset; the first input carries the id the error summary links to. */
export function ChoiceGroup({
  name,
  id = name,
  legend,
  hint,
  error,
  choices,
  selected = [],
  multiple = false,
  required,
  legendClassName = "text-lg font-bold",
}: {
  name: string;
  id?: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  choices: Choice[];
  selected?: string[];
  multiple?: boolean;
  required?: boolean;
  legendClassName?: string;
}) {
  return (
    <fieldset className="mb-6" aria-describedby={describedBy(id, hint, error)}>
      <legend className={legendClassName}>{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      <div className="mt-2 flex flex-col gap-2">
        {choices.map((choice, index) => {
          const inputId = index === 0 ? id : `${id}-${choice.value}`;
          return (
            <div key={choice.value} className="flex items-start gap-3 rounded border border-line p-3 has-[:checked]:border-brand has-[:checked]:bg-surface">
              <input
                type={multiple ? "checkbox" : "radio"}
                id={inputId}
                name={name}
                value={choice.value}
                defaultChecked={selected.includes(choice.value)}
                required={required && !multiple ? true : undefined}
                // "-choice-hint", not "-hint": the first input has the group's id, whose "-hint" is the group's hint.
                aria-describedby={choice.hint ? `${inputId}-choice-hint` : undefined}
                className="mt-1 size-6 shrink-0 accent-brand"
              />
              <label htmlFor={inputId} className="flex-1 cursor-pointer">
                <span className="block font-semibold">{choice.label}</span>
                {choice.hint ? (
                  <span id={`${inputId}-choice-hint`} className="block text-muted">
                    {choice.hint}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
