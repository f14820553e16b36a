"use server";

import { revalidatePath } from "next/cache";
import { typedValues, type FormState } from "@/components/forms/form-state";
import { publishNews } from "@/lib/news/site-news";
import { Invalid } from "@/lib/errors";
import { requireAuthor } from "../courses/guard";

export async function publishNewsAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { author } = await requireAuthor("/author/news");
  try {
    await publishNews(author, { locale: form.get("locale"), title: form.get("title"), body: form.get("body") });
  } catch (error) {
    if (error instanceof Invalid) return { values: typedValues(form), errors: error.fields };
    throw error;
  }
  revalidatePath("/author/news");
  return { values: {}, errors: {}, done: true };
}
