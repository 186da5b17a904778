// The upload page's body read as it streams: a file over the limit is found from its bytes alone,
// wherever the chunks cut the body, and a body within the limits comes back as its form.
import { describe, expect, it } from "vitest";
import { MultipartSizeWatch, readUploadBody } from "./upload-body";

const LIMIT = 1000;

/** A browser's multipart post of the files given (Node's Request writes the body and its boundary). */
async function multipart(files: { name: string; size: number }[]): Promise<{ type: string; bytes: Uint8Array }> {
  const form = new FormData();
  form.append("note", "Hallo");
  for (const file of files) form.append("files", new File([new Uint8Array(file.size).fill(0x2d)], file.name));
  const request = new Request("http://portal.test/api/forms/uploads", { method: "POST", body: form });
  return { type: request.headers.get("content-type")!, bytes: new Uint8Array(await request.arrayBuffer()) };
}

function requestOf(type: string, bytes: Uint8Array, chunkSize: number): Request {
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
  return new Request("http://portal.test/api/forms/uploads", {
    method: "POST",
    body,
    headers: { "Content-Type": type },
    duplex: "half",
  } as RequestInit);
}

describe("readUploadBody", () => {
  for (const chunkSize of [1, 7, 64, 100_000]) {
    it(`finds the file over the limit in chunks of ${chunkSize} bytes`, async () => {
      const { type, bytes } = await multipart([
        { name: "klein.pdf", size: LIMIT },
        { name: "riesig.pdf", size: LIMIT + 1 },
      ]);
      expect(await readUploadBody(requestOf(type, bytes, chunkSize), LIMIT)).toEqual({
        kind: "tooLarge",
        fileName: "riesig.pdf",
      });
    });

    it(`parses files at the limit in chunks of ${chunkSize} bytes`, async () => {
      const { type, bytes } = await multipart([
        { name: "eins.pdf", size: LIMIT },
        { name: "zwei.pdf", size: 3 },
      ]);
      const body = await readUploadBody(requestOf(type, bytes, chunkSize), LIMIT);
      expect(body.kind).toBe("form");
      if (body.kind !== "form") return;
      expect(body.data.get("note")).toBe("Hallo");
      expect(body.data.getAll("files").map((file) => [(file as File).name, (file as File).size])).toEqual([
        ["eins.pdf", LIMIT],
        ["zwei.pdf", 3],
      ]);
    });
  }

  it("counts only files: a long text field is no file", async () => {
    const form = new FormData();
    form.append("note", "x".repeat(LIMIT * 2));
    const request = new Request("http://portal.test/", { method: "POST", body: form });
    const body = await readUploadBody(request, LIMIT);
    expect(body.kind).toBe("form");
  });

  it("calls a body without a multipart boundary, or with broken part headers, unreadable", async () => {
    const plain = new Request("http://portal.test/", { method: "POST", body: "files=x" });
    expect(await readUploadBody(plain, LIMIT)).toEqual({ kind: "unreadable" });
    const broken = requestOf("multipart/form-data; boundary=x", new TextEncoder().encode("--x\r\nbroken"), 4);
    expect(await readUploadBody(broken, LIMIT)).toEqual({ kind: "unreadable" });
  });

  it("takes the file's name without its folders", () => {
    const watch = new MultipartSizeWatch("b", 2);
    watch.push(
      new TextEncoder().encode(
        '--b\r\nContent-Disposition: form-data; name="files"; filename="C:\\\\Scans\\\\brief.pdf"\r\n\r\nabcdefghij',
      ),
    );
    expect(watch.tooLarge).toBe("brief.pdf");
  });
});
