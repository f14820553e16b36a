// Record ids as the database generates and prints them (lower-case UUIDs). Checked before any query, so a
// malformed id in an address or a form is a plain NotFound, never a database cast error.
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
