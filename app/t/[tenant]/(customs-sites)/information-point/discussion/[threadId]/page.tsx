import { getTranslations } from "next-intl/server";
import { ThreadView, type ThreadQuery } from "@/components/discussions/thread-view";
import { INFORMATION_POINT_SPACE } from "@/lib/discussions/information-point-space";
import { pageNumber } from "@/lib/discussions/schemas";
import { viewThread } from "@/lib/discussions/view-thread";
import { loadPage, orNotFound } from "@/lib/http/load-page";

export default async function InformationPointThreadPage({
  params,
  searchParams,
}: {
  params: Promise<{ threadId: string }>;
  searchParams: Promise<ThreadQuery>;
}) {
  const [{ threadId }, query] = await Promise.all([params, searchParams]);
  const entry = await loadPage({ signIn: `/information-point/discussion/${threadId}`, can: "infoPoint.read" });
  const view = await orNotFound(viewThread(entry, INFORMATION_POINT_SPACE, threadId, pageNumber(query.page)));
  const t = await getTranslations("InfoPoint");
  const back = { href: "/information-point/discussion", label: t("backToDiscussion") };
  return <ThreadView id={INFORMATION_POINT_SPACE} threadId={threadId} view={view} query={query} back={back} />;
}
