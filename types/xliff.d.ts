// The part of the "xliff" package (XLIFF 2.0 to and from plain objects) the translators' round trip uses.
declare module "xliff" {
  export interface XliffUnit {
    source?: unknown;
    target?: unknown;
    note?: string | string[];
  }
  export interface XliffDocument {
    sourceLanguage: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, XliffUnit>>;
  }
  export function js2xliff(document: XliffDocument, options?: { indent?: string }): Promise<string>;
  export function xliff2js(xml: string, options?: Record<string, never>): Promise<XliffDocument>;
}
