// The front desk's day and the person page's timeline write their rows as one HTML string, past
// React's own escaping: a name typed into a booking must come out as text there, not as markup.
// Rendered as the server renders them, with a hostile name in every cell that shows one.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DayTable, type DayRow } from "./day-table";
import { TimelineBody } from "./timeline-body";

const HOSTILE = `<img src=x onerror="alert('x')">&amp;`;
const ESCAPED = "&#60;img src=x onerror=&#34;alert(&#39;x&#39;)&#34;&#62;&#38;amp;";

/** The markup once React's own attributes are set aside: what the rows' string put there. */
const withoutHostileMarkup = (html: string) => {
  expect(html).not.toContain("<img");
  expect(html).not.toContain("onerror=\"alert('x')\"");
  return html;
};

describe("rows written as one HTML string", () => {
  it("the day view shows a hostile name, customer number and request type as text, in the cells and the buttons' labels", () => {
    const row: DayRow = [
      "00000000-0000-4000-8000-000000000001",
      "T-ABCD-1234",
      "09:00",
      HOSTILE,
      HOSTILE,
      HOSTILE,
      null,
      null,
      "gebucht",
      "selbst",
      "enu",
    ];
    const html = withoutHostileMarkup(
      renderToStaticMarkup(
        createElement(DayTable, {
          caption: "Termine am Montag",
          rows: [row],
          actions: { noShow: "/staff/front-desk/no-show", cancel: "/c", move: "/m", focusId: null },
          empty: "Keine Termine.",
        }),
      ),
    );
    // The name, the customer number and the request type, then the labels of the four steps.
    expect(html.split(ESCAPED).length - 1).toBeGreaterThanOrEqual(7);
  });

  it("the timeline shows a hostile entry as text in each of its cells", () => {
    const html = withoutHostileMarkup(
      renderToStaticMarkup(
        createElement(
          "table",
          null,
          createElement(TimelineBody, { rows: [[HOSTILE, HOSTILE, HOSTILE, HOSTILE, HOSTILE]] }),
        ),
      ),
    );
    expect(html.split(ESCAPED).length - 1).toBe(5);
  });
});
