// The address of the citizen page being rendered, as the proxy passed it on (i18n/page-address.ts).
// Reading it makes the page render per request, which the per-request script nonce needs anyway.
import { headers } from "next/headers";
import { PAGE_ADDRESS_HEADER, readPageAddress } from "./page-address";

export async function currentPageAddress(): Promise<string> {
  return readPageAddress((await headers()).get(PAGE_ADDRESS_HEADER));
}
