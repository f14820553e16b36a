// A page's search parameters as Next gives them, read the same way on every page.
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The first value of a search parameter. */
export const param = (value: string | string[] | undefined): string =>
  Array.isArray(value) ? (value[0] ?? "") : (value ?? "");

/** A page number from 1 to 100,000 (1 for anything else). */
export const pageParam = (value: string | string[] | undefined): number =>
  Math.max(1, Math.min(100_000, Number.parseInt(param(value), 10) || 1));
