// The journey's door: everything app/, components/, the seed and other capabilities use of it.
// Files inside lib/journey import each other directly; from outside only this file is imported
// (rule no-reaching-into-capability-internals, docs/architecture.md).

// Request types and their texts, for the pages and for forms' callback form.
export { findRequestType, isRequestTypeKey, listRequestTypes } from "./request-types";
export {
  reasonText,
  requestTypeText,
  requestTypeTitle,
  textLanguage,
  whatToBring,
  type JourneyTranslator,
} from "./texts";

// Request types as admins edit them (/staff/admin/request-types): the form, its checks and the
// language gaps; reading, saving in the door's transaction, a refused form kept for its author.
export {
  bringField,
  channelField,
  checkRequestTypeForm,
  descriptionField,
  gapText,
  languageGaps,
  PORTAL_LANGUAGES,
  requestTypeFormSchema,
  SLOT_MINUTES,
  TEXT_LIMITS,
  TEXT_PART_NAMES,
  tickedChannels,
  titleField,
  type LanguageGap,
  type PortalLanguage,
  type RequestTypeFormFields,
  type RequestTypeProblems,
  type SettingChange,
} from "./request-type-settings";
export {
  findRefusedForm,
  findRequestTypeForAdmin,
  forgetRefusedForms,
  keepRefusedForm,
  listRequestTypesForAdmin,
  saveRequestTypeSettings,
  type AdminRequestType,
  type RequestTypeSaveOutcome,
} from "./request-type-store";

// The preference form of the journey pages, and its field values for the form's component.
export {
  errorsFromQuery,
  needValues,
  parsePreferenceForm,
  preferenceChoices,
  preferenceErrorMessages,
  preferenceFormQuery,
  readPreferenceForm,
  valuesFromJourney,
  type PreferenceFormErrors,
  type PreferenceFormField,
  type PreferenceFormValues,
} from "./preference-form";
export { deviceProfiles, distances, helpNeeds } from "./situation";
export { toSearchParams, type SearchParamsRecord } from "./search-params";

// A journey stored, found again, and the channel the citizen chose.
export { findJourney, recordChoice, startJourney } from "./journeys";
export { flowTarget } from "./flow-links";
// A choice staff made for the person, stored by the booking in its own transaction.
export { assistedJourneyRow, type AssistedJourneyRow, type StaffAssistance } from "./assisted";

// The JSON API's journey part and its operations in the OpenAPI document.
export { localeQuerySchema, recommendationFor, recommendationRequestSchema, requestTypesFor } from "./api";
export { journeyOperations } from "./operations";

// The reference data every installation starts with, written by the seed (version 1 of the rules).
export { channels, REQUEST_TYPES, SITUATION_RULES } from "./reference-data";

// The versioned routing rules, edited by admins (/staff/admin/routing): the version in force, the
// checks and the preview of a draft, saving and restoring in the door's transaction.
export {
  currentRuleSet,
  listRuleSetVersions,
  requestTypesForRules,
  restoreRuleSet,
  saveRuleSet,
  writeFirstRuleSet,
  type RuleSetVersion,
  type SaveOutcome,
} from "./rule-store";
export {
  CHANNEL_LABELS,
  changeText,
  describeChanges as describeRuleChanges,
  EMERGENCY_STEP,
  PREFERENCE_LABELS,
  previewFor,
  stepLabel,
  summarizeChange,
  validateRuleSet,
  type ChangeSummary,
  type RuleChange,
  type RuleProblem,
  type RuleSetContent,
} from "./rule-sets";
export {
  orderField,
  PERSON_FIELDS,
  readRoutingForm,
  routingFormQuery,
  routingFormSchema,
  stepField,
  stepPlaceField,
  type RoutingForm,
  type RoutingFormFields,
} from "./routing-form";
export { preferences } from "./situation";
export type { Recommendation } from "./engine";
