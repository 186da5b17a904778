// The upload page's multipart body, read as it streams in: a file larger than the limit is found
// while its bytes go by, before the body is parsed into a form, and from then on the rest of the
// body is read and dropped (not kept, not parsed), so that the browser gets its answer (the upload
// page with the message) and no broken connection. A body within the limits is parsed as usual.
import { cleanFileName, MAX_FILE_BYTES } from "./uploads";

export type UploadBody =
  { kind: "form"; data: FormData } | { kind: "tooLarge"; fileName: string } | { kind: "unreadable" };

/** Part headers longer than this are no browser's: the body is unreadable. */
const MAX_HEADER_BYTES = 16 * 1024;

function boundaryOf(contentType: string): string | null {
  if (!/^multipart\/form-data\s*;/i.test(contentType)) return null;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
  return match ? (match[1] ?? match[2]) : null;
}

function fileNameOf(headers: string): string | null {
  const disposition = /^content-disposition:(.*)$/im.exec(headers)?.[1] ?? "";
  const match = /;\s*filename="([^"]*)"/i.exec(disposition) ?? /;\s*filename=([^;\s]*)/i.exec(disposition);
  return match ? match[1] : null;
}

/**
 * Follows the parts of a multipart body chunk by chunk and answers the name of the first file part
 * whose content grows past `maxFileBytes`, or null when the body ends with every file within it.
 * Only the bytes of a boundary that may straddle two chunks are held back.
 */
export class MultipartSizeWatch {
  private readonly delimiter: Buffer;
  private pending = Buffer.alloc(0);
  private state: "preamble" | "headers" | "content" = "preamble";
  private started = false;
  private fileName: string | null = null;
  private partBytes = 0;
  tooLarge: string | null = null;
  broken = false;

  constructor(
    boundary: string,
    private readonly maxFileBytes = MAX_FILE_BYTES,
  ) {
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  /** Feeds the next chunk; true once a file is known to be too large (or the body broken). */
  push(chunk: Uint8Array): boolean {
    if (this.tooLarge !== null || this.broken) return true;
    // The preamble is read as if a line break came before the first boundary.
    this.pending = Buffer.concat([this.started ? Buffer.alloc(0) : Buffer.from("\r\n"), this.pending, chunk]);
    this.started = true;
    for (;;) {
      if (this.state === "headers") {
        const end = this.pending.indexOf("\r\n\r\n");
        if (end < 0) {
          if (this.pending.length > MAX_HEADER_BYTES) this.broken = true;
          return this.broken;
        }
        this.fileName = fileNameOf(this.pending.subarray(0, end).toString("utf8"));
        this.partBytes = 0;
        this.pending = this.pending.subarray(end + 4);
        this.state = "content";
        continue;
      }
      const at = this.pending.indexOf(this.delimiter);
      if (at < 0) {
        // Everything but what could be the start of the delimiter belongs to this part.
        const keep = Math.min(this.pending.length, this.delimiter.length - 1);
        this.count(this.pending.length - keep);
        this.pending = this.pending.subarray(this.pending.length - keep);
        return this.tooLarge !== null;
      }
      this.count(at);
      if (this.tooLarge !== null) return true;
      this.pending = this.pending.subarray(at + this.delimiter.length);
      this.state = "headers";
      this.fileName = null;
    }
  }

  private count(bytes: number): void {
    if (this.state !== "content" || this.fileName === null) return;
    this.partBytes += bytes;
    if (this.partBytes > this.maxFileBytes) this.tooLarge = cleanFileName(this.fileName) || "…";
  }
}

/**
 * Reads the upload page's post: "tooLarge" with the file's name as soon as one file is over the
 * limit (the body is then drained unread), else the parsed form.
 */
export async function readUploadBody(request: Request, maxFileBytes = MAX_FILE_BYTES): Promise<UploadBody> {
  const contentType = request.headers.get("content-type") ?? "";
  const boundary = boundaryOf(contentType);
  if (!boundary || !request.body) return { kind: "unreadable" };
  const watch = new MultipartSizeWatch(boundary, maxFileBytes);
  const chunks: Uint8Array[] = [];
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // Once a file is too large (or the body broken), the rest is read and dropped.
      if (!watch.push(value)) chunks.push(value);
    }
  } catch {
    return { kind: "unreadable" };
  }
  if (watch.tooLarge !== null) return { kind: "tooLarge", fileName: watch.tooLarge };
  if (watch.broken) return { kind: "unreadable" };
  try {
    const data = await new Response(new Blob(chunks as BlobPart[]), {
      headers: { "Content-Type": contentType },
    }).formData();
    return { kind: "form", data };
  } catch {
    return { kind: "unreadable" };
  }
}
