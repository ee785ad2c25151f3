import { readFile } from "node:fs/promises";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../helpers/test-database";

// Prisma's `migrate diff` needs the schema engine binary, which cannot be downloaded here. This test does its job:
// the tables, columns, types, nullability, defaults, indexes, enums and foreign keys that schema.prisma describes
// (read with Prisma's own schema parser) must be exactly those the applied migrations created.
const db = await useTestDatabase();

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  nativeType: [string, string[]] | null;
  relationFromFields?: string[];
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; values: { name: string }[] }[];
    indexes: { model: string; type: "id" | "unique" | "normal"; name?: string; fields: { name: string }[] }[];
  };
}

const dmmf = JSON.parse(
  get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", await readFile("prisma/schema.prisma", "utf8")]] })),
) as Dmmf;
const models = new Map(dmmf.datamodel.models.map((m) => [m.name, m]));
const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
const columnOf = (m: DmmfModel, field: string) => {
  const f = m.fields.find((x) => x.name === field)!;
  return f.dbName ?? f.name;
};

function expectedType(f: DmmfField): string {
  if (f.kind === "enum") return `enum:${f.type}${f.isList ? "[]" : ""}`;
  const [native, args] = f.nativeType ?? [null, []];
  const base =
    native === "SmallInt"
      ? "smallint"
      : native === "Char"
        ? `char(${args[0]})`
        : native === "Decimal"
          ? `numeric(${args.join(",")})`
          : native === "Timestamptz"
            ? `timestamptz(${args[0] ?? 6})`
            : native === "Date"
              ? "date"
              : (
                  {
                    Int: "integer",
                    String: "text",
                    Boolean: "boolean",
                    Float: "double precision",
                    BigInt: "bigint",
                    Decimal: "numeric(65,30)",
                    DateTime: "timestamp(3)",
                    Json: "jsonb",
                  } as Record<string, string>
                )[f.type]!;
  return f.isList ? `${base}[]` : base;
}

function fromSchema() {
  const columns: string[] = [];
  const indexes: string[] = [];
  const foreignKeys: string[] = [];
  for (const m of dmmf.datamodel.models) {
    for (const f of m.fields) {
      if (f.kind === "object") {
        if (f.relationFromFields?.length) {
          const cols = f.relationFromFields.map((c) => columnOf(m, c));
          foreignKeys.push(
            `${tableOf(m)}_${cols.join("_")}_fkey ${tableOf(m)}(${cols.join(",")}) -> ${tableOf(models.get(f.type)!)}`,
          );
        }
        continue;
      }
      columns.push(
        `${tableOf(m)}.${f.dbName ?? f.name} ${expectedType(f)} ${f.isRequired && !f.isList ? "not null" : "null" /* Prisma creates list columns nullable */}${f.hasDefaultValue ? " default" : ""}`,
      );
    }
  }
  for (const i of dmmf.datamodel.indexes) {
    const m = models.get(i.model)!;
    const cols = i.fields.map((f) => columnOf(m, f.name));
    const suffix = { id: "pkey", unique: "key", normal: "idx" }[i.type];
    const name = i.name ?? (i.type === "id" ? `${tableOf(m)}_pkey` : `${tableOf(m)}_${cols.join("_")}_${suffix}`);
    indexes.push(`${name} ${i.type === "normal" ? "index" : "unique"} ${tableOf(m)}(${cols.join(",")})`);
  }
  const enums = dmmf.datamodel.enums.map((e) => `${e.name}: ${e.values.map((v) => v.name).join(",")}`);
  return {
    tables: dmmf.datamodel.models.map(tableOf).sort(),
    columns: columns.sort(),
    indexes: indexes.sort(),
    foreignKeys: foreignKeys.sort(),
    enums: enums.sort(),
  };
}

async function fromDatabase() {
  const q = async <T>(sql: string) => (await db.pool.query(sql)).rows as T[];
  const tables = await q<{ t: string }>(
    `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  );
  const columns = await q<Record<string, string | number | null>>(`
    SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length AS len,
           numeric_precision AS prec, numeric_scale AS scale, datetime_precision AS dprec
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`);
  const typeOf = (c: Record<string, string | number | null>): string => {
    const udt = String(c.udt_name);
    const array = udt.startsWith("_");
    const name = array ? udt.slice(1) : udt;
    const base =
      c.data_type === "USER-DEFINED" || (array && !["text", "int4"].includes(name))
        ? `enum:${name}`
        : name === "int4"
          ? "integer"
          : name === "int2"
            ? "smallint"
            : name === "int8"
              ? "bigint"
              : name === "bool"
                ? "boolean"
                : name === "bpchar"
                  ? `char(${c.len})`
                  : name === "numeric"
                    ? `numeric(${c.prec},${c.scale})`
                    : name === "timestamptz"
                      ? `timestamptz(${c.dprec})`
                      : name === "timestamp"
                        ? `timestamp(${c.dprec})`
                        : name;
    return array ? `${base}[]` : base;
  };
  const indexes = await q<{ name: string; tbl: string; uniq: boolean; cols: string[] }>(`
    SELECT i.relname AS name, t.relname AS tbl, ix.indisunique AS uniq, array_agg(a.attname::text ORDER BY k.ord) AS cols
      FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
     WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'
     GROUP BY i.relname, t.relname, ix.indisunique`);
  const foreignKeys = await q<{ name: string; tbl: string; cols: string[]; ref: string }>(`
    SELECT c.conname AS name, t.relname AS tbl, r.relname AS ref,
           array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n ORDER BY k.o) AS cols
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace WHERE c.contype = 'f' AND n.nspname = 'public'`);
  const enums = await q<{ name: string; vals: string[] }>(`
    SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS vals
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = 'public' GROUP BY t.typname`);
  return {
    tables: tables.map((t) => t.t).sort(),
    columns: columns
      .map(
        (c) =>
          `${c.table_name}.${c.column_name} ${typeOf(c)} ${c.is_nullable === "NO" ? "not null" : "null"}${c.column_default !== null ? " default" : ""}`,
      )
      .sort(),
    indexes: indexes.map((i) => `${i.name} ${i.uniq ? "unique" : "index"} ${i.tbl}(${i.cols.join(",")})`).sort(),
    foreignKeys: foreignKeys.map((f) => `${f.name} ${f.tbl}(${f.cols.join(",")}) -> ${f.ref}`).sort(),
    enums: enums.map((e) => `${e.name}: ${e.vals.join(",")}`).sort(),
  };
}

describe(`schema.prisma and prisma/migrations agree (${db.kind})`, () => {
  it("describe the same tables, columns, types, indexes, enums and foreign keys", async () => {
    const expected = fromSchema();
    expect(expected.columns.length).toBeGreaterThan(30);
    expect(await fromDatabase()).toEqual(expected);
  });

  it("records applied migrations in _prisma_migrations as prisma migrate deploy does", async () => {
    const rows = (
      await db.pool.query<{
        migration_name: string;
        checksum: string;
        finished_at: Date | null;
        applied_steps_count: number;
      }>(`SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations`)
    ).rows;
    const dirs = (await import("node:fs"))
      .readdirSync("prisma/migrations", { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(rows.map((r) => r.migration_name).sort()).toEqual(dirs.sort());
    for (const r of rows) {
      expect(r.finished_at).not.toBeNull();
      expect(r.applied_steps_count).toBe(1);
      expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
