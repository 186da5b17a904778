// "Formular am Schalter ausfüllen": starts the chosen form for the person (recorded), then the form's
// first page, filled in together at the desk; the submission is theirs, marked as filed with help.
import { z } from "zod";
import { startFormAtCounter } from "@/lib/forms";
import { findPerson } from "@/lib/people";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";

const page = (id: string, query = "") => `/staff/people/${encodeURIComponent(id)}${query}`;

export const POST = staffRoute(
  {
    action: "form.file-for-someone",
    input: z.object({ form: z.string().optional() }),
    returnTo: (params: { id: string }) => page(params.id),
  },
  async ({ input, params, tx, session, audit }) => {
    const person = await findPerson(params.id, tx);
    if (!person) return seeOther("/staff/people");
    const next = await startFormAtCounter(tx, {
      formKey: input.form ?? "",
      staffId: session.staff.id,
      citizenId: person.id,
    });
    if (!next) return seeOther(page(person.id, "?problem=form#file-heading"));
    await audit({
      action: "form.started-for-someone",
      citizenId: person.id,
      object: { type: "citizen", id: person.id },
      details: { form: input.form ?? "" },
    });
    return seeOther(next);
  },
);
