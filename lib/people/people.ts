// People as staff see them in a list: one row shape (Person) read by one column list and one
// mapper, whether a person was found by the search, chosen by id or just created at the counter.
import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/validation";
import { normalizeEmail, normalizePhone, parseWith } from "@/lib/booking";
import { newPerson, type NewPerson } from "./person-form";

export interface Person {
  id: string;
  name: string;
  customerNumber: string | null;
  /** YYYY-MM-DD */
  dateOfBirth: string | null;
  /** E.164 */
  phone: string | null;
  email: string | null;
  language: string;
}

/** The app's client or the transaction of a staff post (the person and its audit event commit together). */
export type Client = PrismaClient | Prisma.TransactionClient;

/** The columns of a person row, of `citizen` under the alias `c`. */
export const PERSON_COLUMNS = Prisma.sql`c.id::text AS id, c.name, c.customer_number, to_char(c.date_of_birth, 'YYYY-MM-DD') AS date_of_birth, c.phone, c.email, c.language`;

/** A row as PERSON_COLUMNS reads it. */
export interface PersonColumns {
  id: string;
  name: string;
  customer_number: string | null;
  date_of_birth: string | null;
  phone: string | null;
  email: string | null;
  language: string;
}

/** The one mapper from a person row to what pages show. */
export function toPerson(row: PersonColumns): Person {
  return {
    id: row.id,
    name: row.name,
    customerNumber: row.customer_number,
    dateOfBirth: row.date_of_birth,
    phone: row.phone,
    email: row.email,
    language: row.language,
  };
}

async function personById(id: string, client: Client): Promise<Person | null> {
  const [row] = await client.$queryRaw<
    PersonColumns[]
  >`SELECT ${PERSON_COLUMNS} FROM citizen c WHERE c.id = ${id}::uuid`;
  return row ? toPerson(row) : null;
}

/** Stores a person met at the counter or on the phone (checked by newPerson: a ValidationError with codes by field). */
export async function createPerson(input: NewPerson, client: Client = db): Promise<Person> {
  const person = parseWith(newPerson, input);
  const { id } = await client.citizen.create({
    data: {
      name: person.name,
      email: normalizeEmail(person.email),
      phone: normalizePhone(person.phone),
      customerNumber: person.customerNumber,
      dateOfBirth: person.dateOfBirth ? new Date(`${person.dateOfBirth}T00:00:00Z`) : null,
      language: person.language,
    },
    select: { id: true },
  });
  return (await personById(id, client))!;
}

/** One person by id (the front desk chose them from the hits); null for an id that names nobody. */
export async function findPerson(id: string | undefined, client: Client = db): Promise<Person | null> {
  if (!isUuid(id)) return null;
  return personById(id, client);
}
