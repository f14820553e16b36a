// Where a plain form post sends the browser back to: its page, with what happened in the address
// (`?done=<what>` or `?error=<message key>`, and any other parameter the page needs to show it again).
// Handlers and their onRefusal derive the page once (from the form or the route) and both answer through this.

type QueryValue = FormDataEntryValue | null | undefined;

/** `page` (a path, perhaps with a query) with a former outcome dropped and `outcome`'s non-empty texts set. */
export function backTo(page: string, outcome: Record<string, QueryValue>): string {
  const address = new URL(page, "http://site.invalid");
  address.searchParams.delete("done");
  address.searchParams.delete("error");
  for (const [name, value] of Object.entries(outcome)) {
    if (typeof value === "string" && value !== "") address.searchParams.set(name, value);
  }
  return `${address.pathname}${address.search}`;
}
