// The seed's bulk inserts: all of a table's new rows in one statement whose only parameter is the rows as JSON,
// unpacked by PostgreSQL (jsonb_to_recordset). The client plans and sends one small statement whatever the number
// of rows, where its createMany plans and binds every value of every row (most of the first seed's time in the
// records). Triggers, constraints and defaults apply as for any insert; the columns not named get their defaults.
// Ids are made by the caller (the schema's uuid() defaults are the client's, not the database's), and so is
// `updatedAt` where the table has one.
import type { PrismaClient } from "../../lib/db/generated/client";

/** Each column written, with its PostgreSQL type ("uuid", "text", "text[]", "jsonb", an enum's quoted name…). */
export type Columns = Record<string, string>;

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Inserts `rows` into `table`, each row giving a value for the columns in `columns` (a JSON value for jsonb, an
 * array for an array type, a Date or ISO string for a timestamp); a column a row leaves out or null is NULL. With
 * `skipDuplicates`, a row that would repeat a unique value is left out, as createMany's option of that name does.
 */
export async function insertRows(
  db: PrismaClient,
  table: string,
  columns: Columns,
  rows: readonly Record<string, unknown>[],
  { skipDuplicates = false }: { skipDuplicates?: boolean } = {},
): Promise<void> {
  if (!rows.length) return;
  const names = Object.keys(columns).map(quoted).join(", ");
  const record = Object.entries(columns)
    .map(([name, type]) => `${quoted(name)} ${type}`)
    .join(", ");
  // A missing key is SQL's NULL; a JSON null would stay a JSON value in a jsonb column.
  const json = JSON.stringify(
    rows.map((row) => Object.fromEntries(Object.keys(columns).flatMap((c) => (row[c] == null ? [] : [[c, row[c]]])))),
  );
  await db.$executeRawUnsafe(
    `INSERT INTO ${quoted(table)} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${record})` +
      (skipDuplicates ? " ON CONFLICT DO NOTHING" : ""),
    json,
  );
}

/** The columns every row of a course's content carries: the course's tenant, the course and its audience. */
export const OWNER: Columns = { tenantId: "uuid", courseId: "uuid", audience: '"Audience"' };
/** The same with the row's own id. */
export const OWNED: Columns = { id: "uuid", ...OWNER };
