// The platform's tables as a backup sees them: which there are, their columns, and their row count and checksum,
// computed the same way when a backup is made and after it is restored.
import type pg from "pg";
import type { SequenceEntry, TableFigures } from "./manifest";

/** The schema of the platform's tables. The job queue's schema (pgboss) holds only work in progress. */
export const DATA_SCHEMA = "public";

/** The migrations' own record is rebuilt by applying them, never copied. */
const NOT_DATA = ["_prisma_migrations"];

export const quoteName = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const tableName = (name: string) => `${quoteName(DATA_SCHEMA)}.${quoteName(name)}`;

/**
 * Settings under which a row reads the same on every server and session: the text of a timestamp, a number or a
 * byte string is part of its checksum. Call inside the transaction.
 */
export async function setStableTextFormats(client: pg.ClientBase): Promise<void> {
  await client.query(`
    SET LOCAL TimeZone = 'UTC';
    SET LOCAL DateStyle = 'ISO, YMD';
    SET LOCAL IntervalStyle = 'postgres';
    SET LOCAL extra_float_digits = 3;
    SET LOCAL bytea_output = 'hex';`);
}

/** The data tables, by name (partitions are read through their parent). */
export async function listTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> ALL($2)
     ORDER BY c.relname`,
    [DATA_SCHEMA, NOT_DATA],
  );
  return rows.map((r) => r.name);
}

/** The table's stored columns in order; generated columns are computed again when rows are copied in. */
export async function tableColumns(client: pg.ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_attribute a
     WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     ORDER BY a.attnum`,
    [tableName(table)],
  );
  return rows.map((r) => r.name);
}

export async function tableFigures(client: pg.ClientBase, table: string, columns: string[]): Promise<TableFigures> {
  const row = `ROW(${columns.map(quoteName).join(", ")})::text`;
  const { rows } = await client.query<{ rows: string; checksum: string }>(
    `SELECT count(*)::text AS rows,
            coalesce(sum(('x' || substr(md5(${row}), 1, 15))::bit(60)::bigint), 0)::text AS checksum
     FROM ${tableName(table)}`,
  );
  return { rows: Number(rows[0].rows), checksum: rows[0].checksum };
}

/** The data schema's sequences with their current values. */
export async function readSequences(client: pg.ClientBase): Promise<SequenceEntry[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT sequencename AS name FROM pg_sequences WHERE schemaname = $1 ORDER BY sequencename`,
    [DATA_SCHEMA],
  );
  const sequences: SequenceEntry[] = [];
  for (const { name } of rows) {
    const state = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM ${tableName(name)}`,
    );
    sequences.push({ name, lastValue: state.rows[0].last_value, isCalled: state.rows[0].is_called });
  }
  return sequences;
}
