// Buttons and button-styled links, at least 44 px high.
import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode } from "react";

const base = "inline-flex min-h-11 items-center justify-center rounded px-5 py-2 text-base font-semibold no-underline";
const variants = {
  primary: "bg-brand text-white hover:bg-brand-dark hover:text-white",
  secondary: "border-2 border-brand bg-white text-brand hover:bg-surface",
  danger: "bg-accent text-white hover:bg-red-900 hover:text-white",
} as const;

type Variant = keyof typeof variants;

export function Button({ variant = "primary", className, children, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; children: ReactNode }) {
  return (
    <button type="submit" className={`${base} ${variants[variant]} ${className ?? ""}`} {...props}>
      {children}
    </button>
  );
}

/** A link that looks like a button (for moving on to another page, not for submitting). */
export function ButtonLink({ variant = "primary", className, children, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { variant?: Variant; children: ReactNode }) {
  return (
    <a className={`${base} ${variants[variant]} ${className ?? ""}`} {...props}>
      {children}
    </a>
  );
}
