// People's door: the front desk finds a person or creates one without an e-mail address. From
// outside only this file is imported (rule no-reaching-into-capability-internals, docs/architecture.md).

// Finding and creating people, and the schemas the staff forms check with.
export { createPerson, findPeople, findPerson, type PersonSummary } from "./people";
export { newPerson, type NewPerson } from "./person-form";
export { personSearch, type PersonSearch } from "./search-form";
