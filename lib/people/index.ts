// People's door: the front desk finds a person or creates one without an e-mail address. From
// outside only this file is imported (rule no-reaching-into-capability-internals, docs/architecture.md).

// Finding and creating people, and the schemas the staff forms check with.
export { createPerson, findPeople, findPerson, type PersonSummary } from "./people";
export { newPerson, type NewPerson } from "./person-form";
export { personSearch, type PersonSearch } from "./search-form";

// A person found or stored from the details given when they book or file something themselves.
export { linkPerson, type PersonDetails } from "./link";

// The staff search (/staff/people?q=): one box split into criteria, names folded and typo-tolerant.
export {
  criteriaKinds,
  MAX_SEARCH_RESULTS,
  parsePeopleQuery,
  peopleSearchParams,
  searchPeople,
  type PersonHit,
  type SearchCriteria,
} from "./search";

// The person page: facts with who recorded them, the channel ladder, channels per request type, the timeline.
export {
  ladderLinesFor,
  loadPersonView,
  type ChannelUse,
  type ContactView,
  type PersonView,
  type StaffRecord,
  type RecordedFact,
  type TimelineEntry,
  type FactKind,
} from "./person-view";
export { channelLadder, ladderLine, LADDER_LABELS, type Ladder, type LadderChannel, type LadderInput } from "./ladder";
export { FACT_CHOICES, FACT_KINDS, FACT_LABELS, factInput, factValueLabel, recordFact, type FactInput } from "./facts";
// Phone, e-mail and language corrected by staff (with the person's record and a statement each).
export {
  changedFields,
  CONTACT_FIELD_NAMES,
  CONTACT_FIELDS,
  CONTACT_PROBLEMS,
  contactForm,
  correctContact,
  correctionOf,
  storedContact,
  type ContactField,
  type ContactForm,
  type ContactValues,
} from "./corrections";
