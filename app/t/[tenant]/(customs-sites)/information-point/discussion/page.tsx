import { ThreadList } from "@/components/discussions/thread-list";
import { INFORMATION_POINT_SPACE } from "@/lib/discussions/information-point-space";
import { refusedPost, type RefusedPostQuery } from "@/lib/discussions/refused-post";
import { pageNumber } from "@/lib/discussions/schemas";
import { viewDiscussion } from "@/lib/discussions/view-discussion";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { InfoPointHeader } from "../info-point-nav";

// The information point's discussion among National Coordinators and WCO staff (ADR 0048).
export default async function InformationPointDiscussionPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string } & RefusedPostQuery>;
}) {
  const query = await searchParams;
  const entry = await loadPage({ signIn: "/information-point/discussion", can: "infoPoint.read" });
  const view = await orNotFound(viewDiscussion(entry, INFORMATION_POINT_SPACE, pageNumber(query.page)));
  return (
    <article className="space-y-6">
      <InfoPointHeader current="discussion" />
      <ThreadList id={INFORMATION_POINT_SPACE} view={view} refused={refusedPost(query)} />
    </article>
  );
}
