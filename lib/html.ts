// Text for HTML written as a string (the proxy's plain answer pages, the front desk's day rows): the
// five characters that could end a text or an attribute value, as numeric references.
const REFERENCE: Record<string, string> = { "&": "&#38;", "<": "&#60;", ">": "&#62;", '"': "&#34;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => REFERENCE[character]);
}
