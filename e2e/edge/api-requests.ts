// Bookings and filed forms through the JSON API of a given app process, for the specs of its log
// lines and metrics: plain fetch, so that they can go to a process other than the e2e server.

export interface BookedAppointment {
  reference: string;
  manageUrl: string;
  manageToken: string;
}

export interface FiledForm {
  reference: string;
  statusUrl: string;
  statusToken: string;
}

/** A free video slot weeks ahead, from the end (the booking specs take from the front, client-leaves.spec.ts the last two of days 40 to 60). */
export async function lateVideoSlot(baseUrl: string, fromEnd: number): Promise<{ start: string; locationId: string }> {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const answer = await fetch(
    `${baseUrl}/api/v1/slots?requestType=job-counselling&channel=video&from=${day(30)}&to=${day(50)}`,
  );
  const { slots } = (await answer.json()) as { slots: { start: string; locationId: string }[] };
  if (slots.length <= fromEnd) throw new Error(`only ${slots.length} free video slots between day 30 and 50`);
  return slots[slots.length - 1 - fromEnd];
}

export async function bookByApi(
  baseUrl: string,
  person: { name: string; email: string; phone: string; customerNumber?: string },
  extra: { note?: string; fromEnd?: number } = {},
): Promise<BookedAppointment> {
  const slot = await lateVideoSlot(baseUrl, extra.fromEnd ?? 0);
  const answer = await fetch(`${baseUrl}/api/v1/appointments`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": crypto.randomUUID() },
    body: JSON.stringify({
      requestType: "job-counselling",
      channel: "video",
      locationId: slot.locationId,
      start: slot.start,
      person,
      note: extra.note,
      videoConsent: true,
    }),
  });
  const body = (await answer.json()) as { reference: string; manageUrl: string };
  if (answer.status !== 201) throw new Error(`booking answered ${answer.status}: ${JSON.stringify(body)}`);
  return { ...body, manageToken: new URL(body.manageUrl).pathname.split("/").pop()! };
}

const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");

export async function fileFormByApi(
  baseUrl: string,
  answers: { fullName: string; dateOfBirth: string },
  fileName: string,
): Promise<FiledForm> {
  const body = new FormData();
  body.append("form", "submit-documents");
  body.append("data", JSON.stringify({ documentKinds: ["bankStatement"], ...answers }));
  body.append("files", new File([PDF], fileName, { type: "application/pdf" }));
  const answer = await fetch(`${baseUrl}/api/v1/submissions`, {
    method: "POST",
    headers: { "Idempotency-Key": crypto.randomUUID() },
    body,
  });
  const filed = (await answer.json()) as { reference: string; statusUrl: string };
  if (answer.status !== 201) throw new Error(`filing answered ${answer.status}: ${JSON.stringify(filed)}`);
  return { ...filed, statusToken: new URL(filed.statusUrl).pathname.split("/").pop()! };
}
