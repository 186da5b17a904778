// Whether a request type can be filed online, for the request type pages: the portal has an online
// form when a form definition has its key (lib/forms; "callback" is the phone channel's form), and
// the first application's online part is the official external site.
import { findForm } from "@/lib/forms";
import type { AdminRequestType } from "@/lib/journey";

export const formExists = (key: string) => key !== "callback" && findForm(key) !== undefined;

/** Whether an online form can be switched on for this type: a form definition or the external site. */
export const onlineFormPossible = (type: Pick<AdminRequestType, "key" | "externalUrl">) =>
  Boolean(type.externalUrl) || formExists(type.key);

/** The state of the online form, in words. */
export function onlineFormText(type: Pick<AdminRequestType, "key" | "allowedChannels" | "externalUrl">): string {
  const offered = type.allowedChannels.includes("online");
  if (type.externalUrl) return offered ? "ja, auf der offiziellen Seite" : "nein (offizielle Seite abgeschaltet)";
  if (!formExists(type.key)) return "kein Formular vorhanden";
  return offered ? "ja" : "nein (abgeschaltet)";
}
