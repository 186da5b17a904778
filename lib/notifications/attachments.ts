// Attachments as the outbox stores them and as the transports send them. An attachment is stored
// either as the file itself ({ filename, contentType, content }) or, to be made when the message is
// delivered, as the input of a renderer that the attachment's owner registered under a kind name;
// the row keeps the input under that name (a booking's calendar file: { …, calendar: entry }).
// Making a file at delivery keeps costly work out of the request that queues the message, and
// notifications need not know what the file is.

// Type aliases, not interfaces: Prisma's JSON input type accepts them as plain JSON objects.

/** A file ready to send. */
export type FileAttachment = {
  filename: string;
  contentType: string;
  content: string;
};

/** A file, or the input of a registered renderer under the renderer's kind name. */
export type StoredAttachment = {
  filename: string;
  contentType: string;
  [contentOrKind: string]: unknown;
};

/** Makes a file's content from the input stored with the message; throws on input it cannot use. */
export type AttachmentRenderer = (input: unknown) => string;

const renderers = new Map<string, AttachmentRenderer>();

/** Lets the worker make attachments of this kind at delivery (called by the kind's owner at start-up). */
export function registerAttachmentRenderer(kind: string, render: AttachmentRenderer): void {
  if (kind === "content" || kind === "filename" || kind === "contentType")
    throw new Error(`"${kind}" cannot name an attachment kind`);
  renderers.set(kind, render);
}

/** An attachment made at delivery by the renderer registered as `kind`, from `input` (kept as JSON). */
export function deferredAttachment(
  kind: string,
  filename: string,
  contentType: string,
  input: unknown,
): StoredAttachment {
  return { filename, contentType, [kind]: input };
}

/**
 * The file to send: a stored file as it is, anything else made now by the renderer of its kind.
 * An unknown kind or input the renderer refuses throws: the send is retried, then given up.
 */
export function renderAttachment(stored: StoredAttachment): FileAttachment {
  const { filename, contentType, ...rest } = stored;
  const keys = Object.keys(rest);
  if (keys.length === 1 && typeof rest.content === "string") return { filename, contentType, content: rest.content };
  const render = keys.length === 1 ? renderers.get(keys[0]) : undefined;
  if (!render) throw new Error(`attachment ${filename}: no renderer registered for "${keys.join(", ")}"`);
  return { filename, contentType, content: render(rest[keys[0]]) };
}
