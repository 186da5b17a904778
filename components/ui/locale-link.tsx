// A plain link to a citizen page in the current language. Server-rendered <a>: no client
// JavaScript and no prefetching of pages the person may never open (mobile data).
import type { AnchorHTMLAttributes, ReactNode } from "react";
import { getLocale } from "next-intl/server";
import { localePath } from "@/i18n/navigation";

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { href: string; children: ReactNode };

export async function LocaleLink({ href, children, ...rest }: Props) {
  const locale = await getLocale();
  return (
    <a href={localePath(locale, href)} {...rest}>
      {children}
    </a>
  );
}
