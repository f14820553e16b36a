import { currentViewer } from "@/lib/auth/viewer";
import { authorOn } from "@/lib/authoring/author";
import { NotFound } from "@/lib/errors";
import { removeNews } from "@/lib/news/site-news";
import { isSameOrigin } from "@/lib/tenancy/same-origin";
import { currentSite } from "@/lib/tenancy/site";

// Removing a news item from its list (a plain form, confirmed in the page); answers with the list again.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const [{ id }, site, viewer] = await Promise.all([params, currentSite(), currentViewer()]);
  let location = "/author/news";
  try {
    if (!site) throw new NotFound();
    const author = authorOn(site, viewer);
    await removeNews(author, id).catch((error) => {
      // Already removed (another tab, another author): say so on the list rather than 404.
      if (error instanceof NotFound) location = "/author/news?error=notFound";
      else throw error;
    });
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    throw error;
  }
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
