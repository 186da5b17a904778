import { describe, expect, it } from "vitest";
import { deferredAttachment, registerAttachmentRenderer, renderAttachment } from "@/lib/notifications/attachments";

describe("outbox attachments", () => {
  it("a stored file is sent as it is", () => {
    const file = { filename: "a.txt", contentType: "text/plain", content: "hello" };
    expect(renderAttachment(file)).toEqual(file);
  });

  it("an attachment of a registered kind is made at delivery from the input stored under the kind's name", () => {
    registerAttachmentRenderer("greeting", (input) => `hello ${(input as { name: string }).name}`);
    const stored = JSON.parse(JSON.stringify(deferredAttachment("greeting", "b.txt", "text/plain", { name: "Ada" })));
    expect(stored).toEqual({ filename: "b.txt", contentType: "text/plain", greeting: { name: "Ada" } });
    expect(renderAttachment(stored)).toEqual({ filename: "b.txt", contentType: "text/plain", content: "hello Ada" });
  });

  it("a kind nobody registered fails the send (retried, then given up) instead of sending an empty file", () => {
    expect(() => renderAttachment({ filename: "c.ics", contentType: "text/calendar", unknownKind: {} })).toThrow(
      'no renderer registered for "unknownKind"',
    );
    expect(() => registerAttachmentRenderer("content", () => "")).toThrow();
  });
});
