// The request types as large tappable choices, each with a one-line explanation.
import { localePath } from "@/i18n/navigation";

export interface RequestTypeChoice {
  key: string;
  title: string;
  description: string;
  /** the language of each text when it is not the page's (German standing in for an empty language) */
  titleLanguage?: string;
  descriptionLanguage?: string;
}

export function RequestTypeList({ locale, types }: { locale: string; types: RequestTypeChoice[] }) {
  return (
    <ul className="mt-3 flex flex-col gap-3" data-testid="request-types">
      {types.map((type) => (
        <li key={type.key}>
          <a
            href={localePath(locale, `/journey/${type.key}`)}
            className="block min-h-11 rounded border-2 border-brand p-4 no-underline hover:bg-surface"
          >
            <span className="block text-lg font-bold underline underline-offset-2" lang={type.titleLanguage}>
              {type.title}
            </span>
            <span className="preserve-lines mt-1 block text-ink" lang={type.descriptionLanguage}>
              {type.description}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
