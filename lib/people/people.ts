// People at the front desk: found by customer number, the start of a name (any word of it, in any
// case, with or without accents), date of birth or phone; created without an e-mail address.
// The name search uses fold_name() and its index (migration 20261201220000_front_desk).
import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/validation";
import { normalizeEmail, normalizePhone, parseWith } from "@/lib/booking";
import { newPerson, type NewPerson } from "./person-form";
import { personSearch, type PersonSearch } from "./search-form";

export interface PersonSummary {
  id: string;
  name: string;
  customerNumber: string | null;
  /** YYYY-MM-DD */
  dateOfBirth: string | null;
  phone: string | null;
  email: string | null;
  language: string;
}

const MAX_RESULTS = 20;

/** The app's client or the transaction of a staff post (the person and its audit event commit together). */
type Client = PrismaClient | Prisma.TransactionClient;

/** LIKE's wildcards in what was typed are meant literally. */
const literal = (value: string) => value.replace(/[\\%_]/g, (character) => `\\${character}`);

/** The people matching every criterion given, by name; at most 20. A search without any criterion is a ValidationError. */
export async function findPeople(input: PersonSearch, client: Client = db): Promise<PersonSummary[]> {
  const query = parseWith(personSearch, input);
  const conditions: Prisma.Sql[] = [];
  if (query.customerNumber) conditions.push(Prisma.sql`customer_number = ${query.customerNumber}`);
  if (query.dateOfBirth) conditions.push(Prisma.sql`date_of_birth = ${query.dateOfBirth}::date`);
  if (query.phone) conditions.push(Prisma.sql`phone = ${normalizePhone(query.phone)}`);
  if (query.name) {
    const start = literal(query.name);
    // The start of the whole name (served by the index), or of any later word in it.
    conditions.push(
      Prisma.sql`(fold_name(name) LIKE fold_name(${start}) || '%' OR fold_name(name) LIKE '% ' || fold_name(${start}) || '%')`,
    );
  }
  const rows = await client.$queryRaw<
    {
      id: string;
      name: string;
      customer_number: string | null;
      date_of_birth: string | null;
      phone: string | null;
      email: string | null;
      language: string;
    }[]
  >`
    SELECT id::text, name, customer_number, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth, phone, email, language
      FROM citizen
     WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY fold_name(name), date_of_birth NULLS LAST, id
     LIMIT ${MAX_RESULTS}`;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    customerNumber: row.customer_number,
    dateOfBirth: row.date_of_birth,
    phone: row.phone,
    email: row.email,
    language: row.language,
  }));
}

/** Stores a person met at the counter or on the phone (checked by newPerson: a ValidationError with codes by field). */
export async function createPerson(input: NewPerson, client: Client = db): Promise<PersonSummary> {
  const person = parseWith(newPerson, input);
  const row = await client.citizen.create({
    data: {
      name: person.name,
      email: normalizeEmail(person.email),
      phone: normalizePhone(person.phone),
      customerNumber: person.customerNumber,
      dateOfBirth: person.dateOfBirth ? new Date(`${person.dateOfBirth}T00:00:00Z`) : null,
      language: person.language,
    },
  });
  return { ...summary(row), dateOfBirth: person.dateOfBirth };
}

/** One person by id (the front desk chose them from the hits); null for an id that names nobody. */
export async function findPerson(id: string | undefined, client: Client = db): Promise<PersonSummary | null> {
  if (!isUuid(id)) return null;
  const row = await client.citizen.findUnique({ where: { id } });
  return row ? summary(row) : null;
}

function summary(row: {
  id: string;
  name: string;
  customerNumber: string | null;
  dateOfBirth: Date | null;
  phone: string | null;
  email: string | null;
  language: string;
}): PersonSummary {
  return {
    id: row.id,
    name: row.name,
    customerNumber: row.customerNumber,
    dateOfBirth: row.dateOfBirth ? row.dateOfBirth.toISOString().slice(0, 10) : null,
    phone: row.phone,
    email: row.email,
    language: row.language,
  };
}
