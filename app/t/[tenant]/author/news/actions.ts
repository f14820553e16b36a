"use server";

import type { FormState } from "@/components/forms/form-state";
import { runFormAction } from "@/components/forms/run-form-action";
import { publishNews } from "@/lib/news/site-news";
import { requireAuthor } from "../courses/guard";

export async function publishNewsAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { author } = await requireAuthor("/author/news");
  return runFormAction(form, () => publishNews(author, { locale: form.get("locale"), title: form.get("title"), body: form.get("body") }), { revalidate: "/author/news" });
}
