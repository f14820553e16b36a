// The one wrapper of server actions (forms with field errors): the action's checks are its page's (loadPage),
// then the use case; bad input goes back to the form with what was typed and the message per field; on success
// the page is refreshed and the form told it is done. What the viewer may not do answers like its page: 404.
import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { Invalid, NotFound } from "@/lib/errors";
import type { Action } from "@/lib/permissions";
import type { Entry, EntryOptions, SignedInEntry } from "./entry";
import { typedValues, type FormState } from "./form-state";
import { loadPage } from "./load-page";

/** `A`: the arguments bound to the action by its page (`action.bind(null, courseId)`). */
export interface FormActionOptions<A extends unknown[]> extends EntryOptions {
  /** The form's page: signed-out visitors sign in and come back to it. Absent: the action needs no viewer. */
  signIn?: string | ((...args: A) => string);
  /** The page to refresh after success. */
  revalidate?: string | ((form: FormData, ...args: A) => string);
  /** Refresh every page of the site after success (what changed shows in the header, e.g. the viewer's name). */
  revalidateSite?: boolean;
  /** Keep what was typed after success (forms that stay filled in). */
  keepValues?: boolean;
  /** What goes back to the form as typed (default: every field but passwords). */
  values?: (form: FormData) => Record<string, string>;
  /** A NotFound from the use case as this form-wide message instead of the 404 page (the row went away meanwhile). */
  notFoundMessage?: string;
}

/** The use case; it may return a state of its own (a redirect, a message) instead of "done". */
type Work<E, A extends unknown[]> = (entry: E, form: FormData, ...args: A) => Promise<unknown>;

type BoundAction<A extends unknown[]> = (...args: [...A, FormState, FormData]) => Promise<FormState>;

type SignedInOptions<A extends unknown[]> = FormActionOptions<A> &
  ({ signIn: string | ((...args: A) => string) } | { can: Action });

export function formAction<A extends unknown[] = []>(
  options: SignedInOptions<A>,
  work: Work<SignedInEntry, A>,
): BoundAction<A>;
export function formAction<A extends unknown[] = []>(
  options: FormActionOptions<A>,
  work: Work<Entry, A>,
): BoundAction<A>;
export function formAction<A extends unknown[]>(
  options: FormActionOptions<A>,
  work: Work<SignedInEntry, A> | Work<Entry, A>,
): BoundAction<A> {
  const valuesOf = options.values ?? typedValues;
  return async (...input) => {
    const form = input[input.length - 1] as FormData;
    const args = input.slice(0, -2) as unknown as A;
    const signIn = typeof options.signIn === "function" ? options.signIn(...args) : options.signIn;
    const entry = await loadPage({ sites: options.sites, can: options.can, signIn });
    let outcome: unknown;
    try {
      outcome = await (work as Work<Entry, A>)(entry, form, ...args);
    } catch (error) {
      if (error instanceof Invalid) return { values: valuesOf(form), errors: error.fields };
      if (error instanceof NotFound) {
        if (options.notFoundMessage) return { values: valuesOf(form), errors: { form: options.notFoundMessage } };
        notFound();
      }
      throw error;
    }
    const revalidate =
      typeof options.revalidate === "function" ? options.revalidate(form, ...args) : options.revalidate;
    if (revalidate) revalidatePath(revalidate);
    if (options.revalidateSite) revalidatePath("/", "layout");
    if (isFormState(outcome)) return outcome;
    return { values: options.keepValues ? valuesOf(form) : {}, errors: {}, done: true };
  };
}

const isFormState = (value: unknown): value is FormState =>
  typeof value === "object" && value !== null && "errors" in value && "values" in value;
