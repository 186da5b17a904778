// The staff capability's public face: what app/ may use. Pages and route handlers go through the
// door (staffPage, staffRoute); menus and buttons ask can().
export { authOptions, singleSignOn } from "./auth";
export type { StaffSession } from "./auth";
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
export { AUDIT_ACTION_NAMES, AUDIT_PAGE_SIZE, auditActionName, auditCsv, auditFilterFields, filterDetails, listAuditEntries, readAuditFilters, type AuditEntry, type AuditFilters } from "./audit-log";
export { PASSWORD_RULES } from "./passwords";
export { confirmSchema, confirmSecondFactor, secondFactorState, startSecondFactorSetup } from "./second-factor-setup";
export { checkAuthRequest, type AuthRequestProblem } from "./auth-requests";
export { auditView, staffPage, staffRoute } from "./door";
export { listOutbox, openMessage, type OpenedMessage, type OutboxEntry } from "./outbox";
export { can, type StaffAction } from "./permissions";
export { liftSignInLock, listSignInLocks, unlockSchema } from "./sign-in-locks";
export { SIGN_IN_RULES } from "./sign-in";
