// Compares a migrated database with prisma/schema.prisma (read by Prisma's own WebAssembly parser):
// every model needs its table, every field its column with a compatible type and nullability,
// every @id/@unique/@@unique/@@index its index, every enum its values. The migrations are
// hand-written SQL, so this is what keeps them honest.
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { get_dmmf } from "@prisma/prisma-schema-wasm";

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  fields: { name: string }[];
}
interface DmmfEnum {
  name: string;
  dbName: string | null;
  values: { name: string; dbName: string | null }[];
}

/** Column types (pg udt_name) that a Prisma scalar type may map to. */
const COMPATIBLE: Record<string, string[]> = {
  String: ["text", "varchar", "bpchar", "uuid", "citext"],
  Int: ["int4", "int2"],
  BigInt: ["int8"],
  Float: ["float8", "float4"],
  Decimal: ["numeric"],
  Boolean: ["bool"],
  DateTime: ["timestamptz", "timestamp", "date", "time", "timetz"],
  Json: ["jsonb", "json"],
  Bytes: ["bytea"],
};

export async function readDatamodel(schemaPath = path.join(process.cwd(), "prisma", "schema.prisma")) {
  const text = await readFile(schemaPath, "utf8");
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", text]] })));
  return dmmf.datamodel as { models: DmmfModel[]; indexes: DmmfIndex[]; enums: DmmfEnum[] };
}

export async function findDrift(connectionString: string, schemaPath?: string): Promise<string[]> {
  const datamodel = await readDatamodel(schemaPath);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const columns = await client.query<{
      table_name: string;
      column_name: string;
      udt_name: string;
      is_nullable: string;
    }>(
      `SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = current_schema()`,
    );
    const indexes = await client.query<{
      table_name: string;
      is_unique: boolean;
      is_primary: boolean;
      columns: string[];
    }>(
      `SELECT t.relname AS table_name, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
              array_agg(a.attname ORDER BY k.ordinality)::text[] AS columns
         FROM pg_index ix
         JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()
         CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ordinality)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        GROUP BY t.relname, ix.indexrelid, ix.indisunique, ix.indisprimary`,
    );
    const enumValues = await client.query<{ typname: string; labels: string[] }>(
      `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );

    const problems: string[] = [];
    const columnsByTable = new Map<string, Map<string, (typeof columns.rows)[number]>>();
    for (const row of columns.rows) {
      if (!columnsByTable.has(row.table_name)) columnsByTable.set(row.table_name, new Map());
      columnsByTable.get(row.table_name)!.set(row.column_name, row);
    }
    const tableOf = new Map(datamodel.models.map((model) => [model.name, model.dbName ?? model.name]));
    const enumDbName = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));

    for (const model of datamodel.models) {
      const table = tableOf.get(model.name)!;
      const tableColumns = columnsByTable.get(table);
      if (!tableColumns) {
        problems.push(`table ${table} (model ${model.name}) is missing`);
        continue;
      }
      for (const field of model.fields) {
        if (field.kind !== "scalar" && field.kind !== "enum") continue;
        const columnName = field.dbName ?? field.name;
        const column = tableColumns.get(columnName);
        if (!column) {
          problems.push(`column ${table}.${columnName} (${model.name}.${field.name}) is missing`);
          continue;
        }
        const udt = field.isList ? column.udt_name.replace(/^_/, "") : column.udt_name;
        if (field.isList && !column.udt_name.startsWith("_"))
          problems.push(`column ${table}.${columnName} should be an array`);
        const expected =
          field.kind === "enum" ? [enumDbName.get(field.type) ?? field.type] : (COMPATIBLE[field.type] ?? []);
        if (!expected.includes(udt))
          problems.push(`column ${table}.${columnName} has type ${column.udt_name}, expected ${expected.join(" or ")}`);
        if (!field.isList) {
          const nullable = column.is_nullable === "YES";
          if (field.isRequired && nullable)
            problems.push(`column ${table}.${columnName} is nullable but ${model.name}.${field.name} is required`);
          if (!field.isRequired && !nullable)
            problems.push(`column ${table}.${columnName} is NOT NULL but ${model.name}.${field.name} is optional`);
        }
      }
    }

    for (const index of datamodel.indexes) {
      const model = datamodel.models.find((candidate) => candidate.name === index.model)!;
      const table = tableOf.get(index.model)!;
      const wanted = index.fields.map(({ name }) => {
        const field = model.fields.find((candidate) => candidate.name === name);
        return field?.dbName ?? name;
      });
      const found = indexes.rows.some(
        (row) =>
          row.table_name === table &&
          row.columns.join(",") === wanted.join(",") &&
          (index.type === "id" ? row.is_primary : index.type === "unique" ? row.is_unique : true),
      );
      if (!found)
        problems.push(`${index.type === "normal" ? "index" : index.type} on ${table}(${wanted.join(", ")}) is missing`);
    }

    const labels = new Map(enumValues.rows.map((row) => [row.typname, row.labels]));
    for (const prismaEnum of datamodel.enums) {
      const name = prismaEnum.dbName ?? prismaEnum.name;
      const actual = labels.get(name);
      const expected = prismaEnum.values.map((value) => value.dbName ?? value.name);
      if (!actual) problems.push(`enum type ${name} is missing`);
      else if (actual.join(",") !== expected.join(","))
        problems.push(`enum ${name} has values ${actual.join(", ")}, expected ${expected.join(", ")}`);
    }
    return problems;
  } finally {
    await client.end();
  }
}
