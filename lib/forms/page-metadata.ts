// Metadata of the form pages. They post plain forms to server actions; the site-wide
// "Referrer-Policy: no-referrer" makes browsers send "Origin: null" with such posts, which
// Next.js rejects as cross-site. "same-origin" keeps the real origin on our own posts and still
// sends nothing (no private link) to other sites.
import type { Metadata } from "next";

export const formPageMetadata: Metadata = { referrer: "same-origin" };

/** Pages under a private link: also kept out of search engines. */
export const privateFormPageMetadata: Metadata = { ...formPageMetadata, robots: { index: false, follow: false } };
