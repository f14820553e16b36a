// A post refused by its upload route goes back to its form's page with the refusal (the field and its message key)
// and what was typed, in the address; the page gives them to the form as its state, so the typed text stays.
import type { FormState } from "@/lib/http/form-state";
import type { Refusal } from "@/lib/http/refusal";

const FIELDS = ["title", "body", "file"];
// Encoded characters of typed text the address carries: the request line and headers must fit Node's 16 KiB.
const ADDRESS_BUDGET = 6_000;

export interface RefusedPostQuery {
  postError?: string;
  postField?: string;
  title?: string;
  body?: string;
}

const encoded = (text: string) => encodeURIComponent(text).length;

/** `page#anchor` with the refusal and the typed title and text (the text shortened only past the address's budget). */
export function backWithPost(page: string, anchor: string, refusal: Refusal, form: FormData | null): string {
  const title = String(form?.get("title") ?? "").slice(0, 200);
  let body = String(form?.get("body") ?? "");
  while (body && encoded(title) + encoded(body) > ADDRESS_BUDGET) body = body.slice(0, Math.floor(body.length * 0.9));
  const address = new URL(page, "http://site.invalid");
  const field = refusal.field && FIELDS.includes(refusal.field) ? refusal.field : "body";
  for (const [name, value] of Object.entries({ postError: refusal.key, postField: field, title, body }))
    if (value) address.searchParams.set(name, value);
  return `${address.pathname}${address.search}#${anchor}`;
}

/** The form's state after a refused post, from its page's address; undefined when nothing was refused. */
export function refusedPost(query: RefusedPostQuery): FormState | undefined {
  if (!query.postError) return undefined;
  const field = query.postField && FIELDS.includes(query.postField) ? query.postField : "body";
  return {
    values: { title: query.title ?? "", body: query.body ?? "" },
    errors: { [field]: query.postError },
  };
}
