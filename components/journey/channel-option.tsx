// One channel on the recommendation page: its name, the reason, and the way into its flow.
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/buttons";
import type { Channel } from "@/lib/channels";

export interface ChannelOptionView {
  channel: Channel;
  reason: string;
  href: string;
  external: boolean;
}

export async function ChannelOption({ option, recommended }: { option: ChannelOptionView; recommended: boolean }) {
  const t = await getTranslations("journey.recommendation");
  const common = await getTranslations("common");
  const headingId = `option-${option.channel}`;
  const action = option.external ? t("start.online-external") : t(`start.${option.channel}`);
  // The recommended channel stands right under the page heading; the others under "other ways".
  const Heading = recommended ? "h2" : "h3";
  return (
    <article
      aria-labelledby={headingId}
      data-channel={option.channel}
      className={recommended ? "rounded border-4 border-brand bg-surface p-4" : "rounded border-2 border-line p-4"}
    >
      {recommended ? (
        <p className="mb-1 inline-block rounded bg-brand px-2 text-sm font-bold text-white">{t("recommended")}</p>
      ) : null}
      <Heading id={headingId} className={recommended ? "text-xl font-bold" : "text-lg font-bold"}>
        {common(`channels.${option.channel}`)}
      </Heading>
      <p className="mt-1">
        <span className="font-semibold">{t("why")}</span> <span className="preserve-lines">{option.reason}</span>
      </p>
      <ButtonLink
        href={option.href}
        variant={recommended ? "primary" : "secondary"}
        className={`mt-3 w-full sm:w-auto ${recommended ? "text-white!" : ""}`}
      >
        {action}
      </ButtonLink>
      {option.external ? <p className="mt-1 text-sm text-muted">{t("external")}</p> : null}
    </article>
  );
}
