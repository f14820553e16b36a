/** One field of an audited change: its name (a path for nested values) and the value before and after. */
export interface AuditChange {
  field: string;
  before: AuditValue;
  after: AuditValue;
}

/** A value as the audit log shows it: a scalar, or `undefined` where the side did not have the field. */
export type AuditValue = string | number | boolean | null | undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Nested objects become dotted paths (`prices.EUR`); lists become one line; anything else stays as it is. */
function flatten(value: unknown, prefix: string, into: Map<string, AuditValue>) {
  if (isRecord(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
    return;
  }
  if (!prefix) {
    // A bare value (a section's title was recorded as a string): it is the entry's only field.
    if (value !== null && value !== undefined) into.set("value", scalar(value));
    return;
  }
  into.set(prefix, scalar(value));
}

function scalar(value: unknown): AuditValue {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (Array.isArray(value))
    return value.map((item) => (isRecord(item) ? JSON.stringify(item) : String(item))).join(", ");
  return value === undefined ? undefined : JSON.stringify(value);
}

/**
 * What an audit entry changed, field by field, in the order the fields were recorded: a field whose value is the
 * same before and after is left out (it says nothing), a field on one side only shows as added or removed.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const old = new Map<string, AuditValue>();
  const now = new Map<string, AuditValue>();
  flatten(before, "", old);
  flatten(after, "", now);
  const fields = [...new Set([...old.keys(), ...now.keys()])];
  return fields
    .map((field) => ({ field, before: old.get(field), after: now.get(field) }))
    .filter((change) => change.before !== change.after);
}
