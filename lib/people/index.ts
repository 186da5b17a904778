// People's door: the front desk finds a person or creates one without an e-mail address. From
// outside only this file is imported (rule no-reaching-into-capability-internals, docs/architecture.md).

// People as staff lists show them (one row shape), created at the counter or chosen by id.
export { createPerson, findPerson, type Person } from "./people";
export { newPerson, type NewPerson } from "./person-form";

// A person found or stored from the details given when they book or file something themselves.
export { linkPerson, type PersonDetails } from "./link";

// The one person search (/staff/people's box, the front desk's fields): names folded and
// typo-tolerant, phone in any spelling, customer number, date of birth, e-mail; paged with its total.
export {
  criteriaKinds,
  parsePeopleQuery,
  PEOPLE_PAGE_SIZE,
  peoplePageRequest,
  peopleSearchParams,
  searchPeople,
  type PeoplePage,
  type PeoplePageRequest,
  type SearchCriteria,
} from "./search";
export { criteriaFromFields, personSearch, type PersonSearch } from "./search-form";

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
