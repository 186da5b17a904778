// Buttons and button-styled links, at least 44 px high.
import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode } from "react";

const base = "inline-flex min-h-11 items-center justify-center rounded py-2 text-base font-semibold no-underline";
/** compact: for a row of actions in a table, on one line each */
const sizes = { normal: "px-5", compact: "px-3 whitespace-nowrap" } as const;
type Size = keyof typeof sizes;
const variants = {
  primary: "bg-brand text-white hover:bg-brand-dark hover:text-white",
  secondary: "border-2 border-brand bg-white text-brand hover:bg-surface",
  danger: "bg-accent text-white hover:bg-red-900 hover:text-white",
} as const;

type Variant = keyof typeof variants;

export function Button({
  variant = "primary",
  size = "normal",
  className,
  children,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: Size; children: ReactNode }) {
  return (
    <button type="submit" className={`${base} ${sizes[size]} ${variants[variant]} ${className ?? ""}`} {...props}>
      {children}
    </button>
  );
}

/** A link that looks like a button (for moving on to another page, not for submitting). */
export function ButtonLink({
  variant = "primary",
  size = "normal",
  className,
  children,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { variant?: Variant; size?: Size; children: ReactNode }) {
  return (
    <a className={`${base} ${sizes[size]} ${variants[variant]} ${className ?? ""}`} {...props}>
      {children}
    </a>
  );
}
