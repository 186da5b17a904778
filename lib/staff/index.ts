// The staff capability's public face: what app/ may use. Pages and route handlers go through the
// door (staffPage, staffRoute); menus and buttons ask can().
export { authOptions, singleSignOn } from "./auth";
export type { StaffSession } from "./auth";
// The session as it is now, for what every staff page shows around itself (the header); pages go through staffPage.
export { getStaffSession } from "./auth";
export {
  ACCOUNT_PROBLEM_TEXTS,
  accountFormSchema,
  activeSchema,
  createStaffAccount,
  findStaffAccount,
  listLocationChoices,
  listStaffAccounts,
  resetSecondFactor,
  ROLE_NAMES,
  securitySettings,
  securitySettingSchema,
  setAdminRequiresTotp,
  setStaffAccountActive,
  updateStaffAccount,
  type AccountField,
  type AccountProblemCode,
  type ChangeOutcome,
  type KeptEntries,
  type StaffAccount,
} from "./accounts";
export {
  AUDIT_PAGE_SIZE,
  auditCsv,
  auditPersonName,
  auditFilterFields,
  filterDetails,
  listAuditEntries,
  readAuditFilters,
  type AuditEntry,
  type AuditFilters,
} from "./audit-log";
export { AUDIT_ACTION_NAMES, auditActionName, auditDetailText, auditSentence } from "./audit-sentences";
export { PASSWORD_PROBLEM_TEXTS, PASSWORD_RULES } from "./passwords";
export {
  changeOwnPassword,
  OWN_PASSWORD_PROBLEM_TEXTS,
  ownPasswordFormSchema,
  passwordFormSchema,
  setStaffPassword,
  type OwnPasswordOutcome,
} from "./account-password";
// Reset links an admin sends through the outbox, and the page that follows one (no session there).
export {
  PASSWORD_RESET_PATH,
  passwordResetState,
  RESET_LINK_HOURS,
  RESET_LINK_STATE_TEXTS,
  RESET_PROBLEM_TEXTS,
  resetFormSchema,
  resetPasswordWithLink,
  requestPasswordResetLink,
  RESET_REQUEST_LIMITS,
  sendPasswordResetLink,
  type ResetOutcome,
  type ResetRequestOutcome,
} from "./password-reset";
export { confirmSchema, confirmSecondFactor, secondFactorState, startSecondFactorSetup } from "./second-factor-setup";
export { checkAuthRequest, type AuthRequestProblem } from "./auth-requests";
export { staffPage, staffRoute, type PageView, type PersonPageAction, type StaffRouteOptions } from "./door";
export { appointmentViewed, type StaffEvent } from "./audit";
// Location scoping: the locations a staff member sees and acts on (admins every one), for pages and lists.
export {
  assertLocation,
  hasNoLocation,
  inScope,
  locationsOf,
  NO_LOCATION_TEXT,
  scopeIds,
  withinScope,
  type LocationScope,
} from "./locations";
export { staffLiveEvents } from "./live-events";
export { listOutbox, messageViewed, openMessage, type OpenedMessage, type OutboxEntry } from "./outbox";
export { can, type StaffAction } from "./permissions";
export { liftSignInLock, listSignInLocks, lockPageRequest, unlockSchema } from "./sign-in-locks";
export { SIGN_IN_RULES } from "./sign-in";
// Booking for someone at the counter or on the phone: the posts, their problems by field, the
// printed manage code's way to the confirmation page.
export {
  bookForSomeone,
  bookForSomeoneForm,
  createPersonAtCounter,
  newPersonForm,
  type BookForSomeoneForm,
  type NewPersonForm,
} from "./book-for-someone";
export {
  problemQuery,
  problemsFromQuery,
  problemsOf,
  type ProblemCode,
  type ProblemField,
  type Problems,
} from "./book-for-someone-problems";
export { confirmationPath, PRINT_CODE_COOKIE, printCodeCookie } from "./print-code";
// A staff form's values kept on the server for its author (a search, a refused form), not in the address.
export { keepStaffForm, openStaffForm } from "./form-drafts";
