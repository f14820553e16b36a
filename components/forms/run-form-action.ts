// The one way a form's server action runs a use case: bad input goes back to the form with what was typed and
// the message per field; on success the page is refreshed and the form told it is done.
import { revalidatePath } from "next/cache";
import { Invalid } from "@/lib/errors";
import { typedValues, type FormState } from "./form-state";

export async function runFormAction(form: FormData, work: () => Promise<unknown>, options: { revalidate?: string; keepValues?: boolean } = {}): Promise<FormState> {
  try {
    await work();
  } catch (error) {
    if (error instanceof Invalid) return { values: typedValues(form), errors: error.fields };
    throw error;
  }
  if (options.revalidate) revalidatePath(options.revalidate);
  return { values: options.keepValues ? typedValues(form) : {}, errors: {}, done: true };
}
