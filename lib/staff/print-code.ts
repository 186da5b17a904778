// The printed manage code travels from the booking post to the confirmation page in a cookie of
// that page alone (its path), for an hour: not in the address, which browsers keep in their
// history and servers in their logs. Reloading the page prints the same code; after an hour, or in
// another browser, the confirmation prints without it (the person has the link by e-mail or SMS
// where there is a contact).
export const PRINT_CODE_COOKIE = "zugang-print-code";

const MAX_AGE_SECONDS = 3600;

export function confirmationPath(reference: string): string {
  return `/staff/front-desk/confirmation/${encodeURIComponent(reference)}`;
}

/** The Set-Cookie header for the code of one confirmation (Secure where the portal is served over https). */
export function printCodeCookie(reference: string, code: string, secure: boolean): string {
  return [
    `${PRINT_CODE_COOKIE}=${encodeURIComponent(code)}`,
    `Path=${confirmationPath(reference)}`,
    `Max-Age=${MAX_AGE_SECONDS}`,
    "HttpOnly",
    "SameSite=Strict",
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}
