// Metadata of the form pages. (The site-wide Referrer-Policy "same-origin" lets their plain
// posts to server actions carry the origin Next.js checks.)
import type { Metadata } from "next";

export const formPageMetadata: Metadata = {};

/** Pages under a private link: kept out of search engines. */
export const privateFormPageMetadata: Metadata = { robots: { index: false, follow: false } };
