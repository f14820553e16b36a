import { getTranslations } from "next-intl/server";
import { ThreadView, type ThreadQuery } from "@/components/discussions/thread-view";
import { pageNumber } from "@/lib/discussions/schemas";
import { viewThread } from "@/lib/discussions/view-thread";
import { loadPage, orNotFound } from "@/lib/http/load-page";

export default async function ThreadPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; threadId: string }>;
  searchParams: Promise<ThreadQuery>;
}) {
  const [{ id, threadId }, query] = await Promise.all([params, searchParams]);
  const entry = await loadPage({ signIn: `/courses/${id}/discussion/${threadId}` });
  const view = await orNotFound(viewThread(entry, id, threadId, pageNumber(query.page)));
  const t = await getTranslations("Discussion");
  const back = { href: `/courses/${id}/discussion`, label: t("backToDiscussion", { title: view.course.title }) };
  return <ThreadView id={id} threadId={threadId} view={view} query={query} back={back} />;
}
