// A channel choice staff make for a person (at the counter, on the phone), stored as a journey like
// the person's own choices, so that the caseworker view and the analytics count it: self-served,
// helper-assisted (for_someone_else) and counter-assisted side by side. The booking
// stores the row in its own transaction (book_appointment()), so a refused booking leaves no choice.
import { randomUUID } from "node:crypto";
import type { Channel } from "./situation";

export type StaffAssistance = "counter" | "phone";

/** The journey row (the table's column names) of a choice staff made for the person. */
export interface AssistedJourneyRow {
  id: string;
  request_type_key: string;
  chosen_channel: Channel;
  language: string;
  outcome: "chosen";
  assistance: StaffAssistance;
}

export function assistedJourneyRow(choice: {
  requestTypeKey: string;
  channel: Channel;
  language: string;
  assistance: StaffAssistance;
}): AssistedJourneyRow {
  return {
    id: randomUUID(),
    request_type_key: choice.requestTypeKey,
    chosen_channel: choice.channel,
    language: choice.language,
    outcome: "chosen",
    assistance: choice.assistance,
  };
}
