import { authorOn } from "@/lib/authoring/author";
import { formPost } from "@/lib/http/route-handler";
import { removeNews } from "@/lib/news/remove-news";

// Removing a news item from its list (a plain form, confirmed in the page); answers with the list again.
// Already removed (another tab, another author): the list says so rather than 404.
export const POST = formPost<{ id: string }>(
  { can: "authoring.author", onNotFound: () => "/author/news?error=notFound" },
  async ({ site, viewer, params }) => {
    await removeNews(authorOn(site, viewer), params.id);
    return "/author/news";
  },
);
