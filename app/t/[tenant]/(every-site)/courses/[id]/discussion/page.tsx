import { getTranslations } from "next-intl/server";
import { ThreadList } from "@/components/discussions/thread-list";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { refusedPost, type RefusedPostQuery } from "@/lib/discussions/refused-post";
import { pageNumber } from "@/lib/discussions/schemas";
import { viewDiscussion } from "@/lib/discussions/view-discussion";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { BackLink } from "@/components/discussions/back-link";

export default async function DiscussionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string } & RefusedPostQuery>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const entry = await loadPage({ signIn: `/courses/${id}/discussion` });
  const view = await orNotFound(viewDiscussion(entry, id, pageNumber(query.page)));
  const [t, messages] = await Promise.all([getTranslations("Discussion"), getTranslations("Messages")]);
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <BackLink href={`/courses/${id}`}>{t("backToCourse", { title: view.course.title })}</BackLink>
        <PageTitle>{t("title")}</PageTitle>
        <p className="text-slate-700">{t("intro", { title: view.course.title })}</p>
        <p className="text-sm text-slate-700" data-testid="tutors">
          {view.tutors.length
            ? t("tutorsAre", { names: view.tutors.map((tutor) => `${tutor.name} (${tutor.place})`).join(", ") })
            : t("noTutors")}
          {view.namesTutors ? (
            <>
              {" "}
              <TextLink href={`/courses/${id}/discussion/tutors`}>{t("manageTutors")}</TextLink>
            </>
          ) : null}
          {view.tutors.length ? (
            <>
              {" "}
              <TextLink href={`/messages/new?course=${id}`}>{messages("writeToTutor")}</TextLink>
            </>
          ) : null}
        </p>
      </header>
      <ThreadList id={id} view={view} refused={refusedPost(query)} />
    </article>
  );
}
