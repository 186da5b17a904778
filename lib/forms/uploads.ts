// Checking and preparing an uploaded file before it is stored: the type comes from the content
// (magic bytes), never from the name; photos are re-encoded smaller and lose all metadata
// (EXIF, GPS), after being turned upright.
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { DomainError } from "@/lib/errors";
import { sha256 } from "@/lib/tokens";

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES = 10;
/** Longest side of a stored photo: sharp enough to read a payslip, small enough for mobile data. */
export const MAX_IMAGE_SIDE = 2000;

const IMAGE_TYPES = new Set([
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/heic",
  "image/heif",
  "image/tiff",
  "image/gif",
]);
const ACCEPTED = new Set([...IMAGE_TYPES, "application/pdf"]);

export type UploadErrorCode = "tooLarge" | "unsupportedType" | "tooMany" | "empty" | "unreadable";

/** A file refused, with a code the page translates and the API maps to a status. */
export class UploadError extends DomainError {
  constructor(
    readonly code: UploadErrorCode,
    readonly fileName: string,
  ) {
    super(code);
    this.name = "UploadError";
  }

  get httpStatus(): 413 | 415 | 422 {
    if (this.code === "tooLarge" || this.code === "tooMany") return 413;
    if (this.code === "unsupportedType" || this.code === "unreadable") return 415;
    return 422;
  }
}

export interface PreparedFile {
  originalName: string;
  mimeType: string;
  bytes: Buffer;
  sha256: string;
}

/** A short, harmless display name: no folders, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "")
    .trim()
    .slice(0, 120);
  return clean || "file";
}

export function checkCount(count: number, already = 0): void {
  if (count + already > MAX_FILES) throw new UploadError("tooMany", "");
}

export async function prepareUpload(name: string, bytes: Buffer): Promise<PreparedFile> {
  const originalName = cleanFileName(name);
  if (bytes.length === 0) throw new UploadError("empty", originalName);
  if (bytes.length > MAX_FILE_BYTES) throw new UploadError("tooLarge", originalName);
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !ACCEPTED.has(detected.mime)) throw new UploadError("unsupportedType", originalName);
  if (detected.mime === "application/pdf") {
    return { originalName, mimeType: "application/pdf", bytes, sha256: sha256(bytes) };
  }
  let output: Buffer;
  try {
    output = await sharp(bytes, { failOn: "error", limitInputPixels: 50_000_000 })
      .rotate()
      .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer();
  } catch {
    // Decoders that cannot read the photo (e.g. a HEIC the image library was built without).
    throw new UploadError("unreadable", originalName);
  }
  const jpegName = originalName.replace(/\.[A-Za-z0-9]{1,5}$/, "") + ".jpg";
  return { originalName: jpegName, mimeType: "image/jpeg", bytes: output, sha256: sha256(output) };
}
