// Records or corrects a fact for the person (the person page's forms), marked as recorded by the
// staff member, with its audit event in the same transaction; back to the page (post/redirect/get).
// A value that does not fit the kind goes back with a German message, nothing stored.
import { z } from "zod";
import { factInput, findPerson, recordFact } from "@/lib/people";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";

const posted = z.object({
  choice: z.string().optional(),
  kind: z.string().optional(),
  value: z.string().optional(),
  note: z.string().optional(),
});

const page = (id: string, query = "") => `/staff/people/${encodeURIComponent(id)}${query}`;

export const POST = staffRoute(
  { action: "person.record-fact", input: posted, returnTo: (params: { id: string }) => page(params.id) },
  async ({ input, params, tx, session, audit }) => {
    const person = await findPerson(params.id, tx);
    if (!person) return seeOther("/staff/people");
    const [kind, value] =
      input.choice !== undefined
        ? [input.choice.split(":")[0], input.choice.split(":").slice(1).join(":")]
        : [input.kind, input.value];
    const fact = factInput.safeParse({ kind, value, note: input.note });
    if (!fact.success) return seeOther(page(person.id, "?problem=fact#record-heading"));
    await recordFact(tx, person.id, session.staff.id, fact.data);
    await audit({
      action: "person.fact-recorded",
      citizenId: person.id,
      object: { type: "person_fact", id: null },
      details: { kind: fact.data.kind, value: fact.data.value },
    });
    return seeOther(page(person.id, "?saved=1#facts-heading"));
  },
);
