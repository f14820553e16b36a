import { MessagesSquare } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { PageTitle } from "@/components/ui/page-title";
import { SectionTitle } from "@/components/ui/section-title";
import { TextLink } from "@/components/ui/text-link";
import { pageNumber } from "@/lib/discussions/schemas";
import { viewDiscussion } from "@/lib/discussions/view-discussion";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { startThreadAction } from "./actions";
import { NewThreadForm } from "./post-forms";
import { ThreadMarks } from "./thread-marks";
import { BackLink } from "./back-link";

export default async function DiscussionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const [{ id }, { page }] = await Promise.all([params, searchParams]);
  const entry = await loadPage({ signIn: `/courses/${id}/discussion` });
  const view = await orNotFound(viewDiscussion(entry, id, pageNumber(page)));
  const [t, messages, format] = await Promise.all([
    getTranslations("Discussion"),
    getTranslations("Messages"),
    getFormatter(),
  ]);
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
      <section aria-labelledby="threads" className="space-y-3">
        <SectionTitle id="threads">{t("threads")}</SectionTitle>
        {view.threads.length ? (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {view.threads.map((thread) => (
              <li key={thread.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 p-3" data-testid="thread">
                <MessagesSquare size={18} aria-hidden="true" className="shrink-0 text-slate-500" />
                <TextLink href={`/courses/${id}/discussion/${thread.id}`} className="font-medium">
                  {thread.title}
                </TextLink>
                <ThreadMarks pinned={thread.pinned} locked={thread.locked} />
                <span className="ms-auto text-sm text-slate-600">
                  {t("threadMeta", {
                    author: thread.authorName,
                    replies: thread.replies,
                    date: format.dateTime(thread.lastPostAt, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t("noThreads")}</EmptyState>
        )}
        <Pagination page={view.page} pageCount={view.pages} params={new URLSearchParams()} />
      </section>
      <section aria-labelledby="new-thread" className="space-y-3">
        <SectionTitle id="new-thread">{t("newThread")}</SectionTitle>
        <NewThreadForm start={startThreadAction.bind(null, id)} />
      </section>
    </article>
  );
}
