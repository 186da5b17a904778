import { describe, expect, it } from "vitest";
import { escapeHtml } from "./html";

describe("escapeHtml", () => {
  it("leaves no character that could end a text or an attribute value", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;y&#39;",
    );
    expect(escapeHtml("Gülşen Öztürk, 10:30 Uhr")).toBe("Gülşen Öztürk, 10:30 Uhr");
  });
});
