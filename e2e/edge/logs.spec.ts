// The app process's log holds no personal data: an appointment booked and a form filed with known,
// unusual values (name, e-mail, phone, customer number, note, answers, file name), their pages
// opened by their private links, and then none of those values, nor the manage and status tokens
// or the references handed back, appear in any line the process wrote.
import { expect, test } from "../fixtures";
import { bookByApi, fileFormByApi } from "./api-requests";
import { startAppProcess } from "./app-process";

test("a booking and a filed form leave none of their personal values in the log", async () => {
  test.setTimeout(150_000);
  const unique = Date.now().toString(36);
  const person = {
    name: `Quirinus Zebedäus Wolkenstein-${unique}`,
    email: `q.wolkenstein.${unique}@example.org`,
    phone: "+49 1523 4987612",
    customerNumber: `962D${unique}`.slice(0, 12),
  };
  const note = `Bitte Rollstuhlrampe ${unique}`;
  const answers = { fullName: `Ottilie Xaverine Brummbär-${unique}`, dateOfBirth: "1961-07-23" };
  const fileName = `kontoauszug-brummbaer-${unique}.pdf`;

  const app = await startAppProcess();
  let running = true;
  try {
    const appointment = await bookByApi(app.baseUrl, person, { note });
    const form = await fileFormByApi(app.baseUrl, answers, fileName);
    // The private links' pages: their paths hold the tokens.
    for (const url of [appointment.manageUrl, form.statusUrl]) {
      const page = await fetch(`${app.baseUrl}${new URL(url).pathname}`, { redirect: "manual" });
      expect(page.status, url).toBe(200);
    }
    // Stopped first, so that every line it would write is there.
    running = false;
    expect(await app.stop()).toBe(0);

    const lines = app.lines();
    // The framework says a line of its own at start (its configuration loaded), not JSON.
    const parsed = lines
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { msg: string; route?: string });
    const routes = parsed.filter((line) => line.msg === "request").map((line) => line.route);
    expect(routes).toEqual(
      expect.arrayContaining([
        "/api/v1/appointments",
        "/api/v1/submissions",
        "/[locale]/appointments/manage/[token]",
        "/[locale]/forms/status/[token]",
      ]),
    );
    const known = {
      name: person.name,
      "name's unusual part": "Wolkenstein",
      email: person.email,
      "e-mail's local part": `q.wolkenstein.${unique}`,
      phone: person.phone,
      "phone as digits": "4915234987612",
      "phone's last digits": "4987612",
      "customer number": person.customerNumber,
      note,
      "form answer: name": answers.fullName,
      "form answer: name's unusual part": "Brummbär",
      "form answer: date of birth": answers.dateOfBirth,
      "file name": fileName,
      "manage token": appointment.manageToken,
      "appointment reference": appointment.reference,
      "status token": form.statusToken,
      "submission reference": form.reference,
    };
    const log = lines.join("\n").toLowerCase();
    const found = Object.entries(known).filter(([, value]) => log.includes(value.toLowerCase()));
    console.log(
      `log test: ${lines.length} log lines (${routes.length} requests), ${Object.keys(known).length} known values searched, ${found.length} found${found.length ? `: ${found.map(([what]) => what).join(", ")}` : ""}`,
    );
    expect(found.map(([what]) => what)).toEqual([]);
  } finally {
    if (running) await app.stop();
  }
});
