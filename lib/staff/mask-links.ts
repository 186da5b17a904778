// Private links and tokens in a message body, masked before staff see it: whoever holds a manage
// link can move or cancel the appointment, whoever holds a status link can read the request.
export const MASK = "••••";

/** The paths whose next segment is a private token (with or without a language prefix). */
const PRIVATE_PATH =
  /(\/(?:appointments\/manage|api\/v1\/calendar|forms\/status|forms\/draft|staff\/password-reset)\/)[^\s/?#"'<>)\].,;:!]+/g;
const URL_PATTERN = /\bhttps?:\/\/[^\s"'<>]+/g;
/** A path segment or query value of a link long enough to be a token (room names, JWTs, keys). */
const LONG_PART = /([/=])([A-Za-z0-9_.~%-]{16,})/g;
/** A token outside a link: a long run of base64url characters with letters and digits. */
const BARE_TOKEN = /(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{24,}(?![\w-])/g;

export function maskPrivateLinks(text: string): string {
  return text
    .replace(PRIVATE_PATH, `$1${MASK}`)
    .replace(URL_PATTERN, (url) => {
      const start = url.indexOf("/", url.indexOf("//") + 2);
      if (start < 0) return url;
      return url.slice(0, start) + url.slice(start).replace(LONG_PART, `$1${MASK}`);
    })
    .replace(BARE_TOKEN, MASK);
}
