// The staff capability's public face: what app/ may use. Pages and route handlers go through the
// door (staffPage, staffRoute); menus and buttons ask can().
export { authOptions } from "./auth";
export type { StaffSession } from "./auth";
export { checkAuthRequest, type AuthRequestProblem } from "./auth-requests";
export { auditView, staffPage, staffRoute } from "./door";
export { listOutbox, openMessage, type OpenedMessage, type OutboxEntry } from "./outbox";
export { can, type StaffAction } from "./permissions";
export { liftSignInLock, listSignInLocks, unlockSchema } from "./sign-in-locks";
export { SIGN_IN_RULES } from "./sign-in";
