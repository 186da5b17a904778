// One attachment of a submission, as a download through the staff door; each opening is recorded.
import { z } from "zod";
import { openAttachment } from "@/lib/forms";
import { staffRoute } from "@/lib/staff";
import { submissionPage } from "../../../labels";

export const GET = staffRoute(
  {
    action: "submission.attachment",
    input: z.object({}),
    returnTo: (params: { id: string; attachment: string }) => submissionPage(params.id),
  },
  async ({ params, tx, audit }) => {
    const file = await openAttachment(params.id, params.attachment, tx);
    if (!file)
      return new Response("Diese Datei gibt es nicht.", {
        status: 404,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    await audit({
      action: "attachment.opened",
      citizenId: file.citizenId,
      object: { type: "attachment", id: params.attachment },
      details: { submission: file.reference, name: file.name },
    });
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);
