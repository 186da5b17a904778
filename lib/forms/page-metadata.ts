// Metadata of the form pages.
import type { Metadata } from "next";

export const formPageMetadata: Metadata = {};

/** Pages under a private link: kept out of search engines. */
export const privateFormPageMetadata: Metadata = { robots: { index: false, follow: false } };
