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

interface FieldFrame {
  name: string;
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Marked invalid where the page names the problem elsewhere (no error text of its own). */
  invalid?: boolean;
  /** Classes for the field's frame (default: the space below a field, mb-5). */
  className?: string;
}

/** The frame every single field shares: its label, then hint and error, then the control. */
function Field({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className ?? "mb-5"}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** What the control itself carries: its id and name, and its hint and error wired to it. */
function controlProps(id: string, name: string, hint: ReactNode, error: string | undefined, invalid = false) {
  return {
    id,
    name,
    "aria-invalid": error || invalid ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
    className: inputClass,
  };
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "className"> & FieldFrame;

export function TextField({ name, id = name, label, hint, error, invalid, className, ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      <input {...controlProps(id, name, hint, error, invalid)} {...input} />
    </Field>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name" | "children" | "className"> &
  FieldFrame & {
    options: { value: string; label: string }[];
    /** A first, empty choice ("– bitte wählen –") for a field that may be left unset. */
    placeholder?: string;
  };

/** A labelled list to choose one from (a location, a language), with hint and error like the text field. */
export function SelectField({
  name,
  id = name,
  label,
  hint,
  error,
  invalid,
  className,
  options,
  placeholder,
  ...select
}: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      <select {...controlProps(id, name, hint, error, invalid)} {...select}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name" | "className"> & FieldFrame;

export function TextArea({ name, id = name, label, hint, error, invalid, className, ...textarea }: TextAreaProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      <textarea {...controlProps(id, name, hint, error, invalid)} rows={4} {...textarea} />
    </Field>
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
            <div
              key={choice.value}
              className="flex items-start gap-3 rounded border border-line p-3 has-[:checked]:border-brand has-[:checked]:bg-surface"
            >
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
