"use server";

import { authorOn } from "@/lib/authoring/author";
import { formAction } from "@/lib/http/form-action";
import { editNews } from "@/lib/news/edit-news";
import { publishNews } from "@/lib/news/publish-news";

export const publishNewsAction = formAction(
  { signIn: "/author/news", can: "authoring.author", revalidate: "/author/news" },
  ({ site, viewer }, form) =>
    publishNews(authorOn(site, viewer), {
      locale: form.get("locale"),
      title: form.get("title"),
      body: form.get("body"),
    }),
);

export const editNewsAction = formAction<[newsId: string]>(
  {
    signIn: "/author/news",
    can: "authoring.author",
    revalidate: "/author/news",
    keepValues: true,
    notFoundMessage: "newsGone",
  },
  ({ site, viewer }, form, newsId) =>
    editNews(authorOn(site, viewer), newsId, {
      locale: form.get("locale"),
      title: form.get("title"),
      body: form.get("body"),
    }),
);
