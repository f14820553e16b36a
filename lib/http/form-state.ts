/** What a server action returns to its form: what was typed (never passwords), and what went wrong. */
export interface FormState {
  values: Record<string, string>;
  /** Field name -> message key of the "Fields" namespace; "form" for the form as a whole. */
  errors: Record<string, string>;
  done?: boolean;
  /** Where the browser goes next, with a full page load (server-action redirects do not re-render the layout of a rewritten site). */
  redirectTo?: string;
  /** What the use case answered, for a form that shows it (an import's preview). */
  result?: unknown;
}

export const EMPTY_FORM: FormState = { values: {}, errors: {} };

const SECRET_FIELDS = new Set(["password", "confirmation", "currentPassword"]);

export function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !SECRET_FIELDS.has(key) && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

/**
 * A form's server action with its arguments already bound. Pages bind it (`action.bind(null, id)`) and pass it
 * down: bound in a client component, every server render makes a new reference whose arguments are still
 * pending, and after a form posted without JavaScript useActionState waits on them again at each retry, forever.
 */
export type FormAction = (previous: FormState, form: FormData) => Promise<FormState>;
