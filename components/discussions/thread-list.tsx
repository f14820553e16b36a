import { MessagesSquare } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { startThreadAction } from "@/app/actions/discussions";
import { Pagination } from "@/components/catalogue/pagination";
import { NewThreadForm } from "@/components/discussions/post-forms";
import { ThreadMarks } from "@/components/discussions/thread-marks";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionTitle } from "@/components/ui/section-title";
import { TextLink } from "@/components/ui/text-link";
import { discussionPath } from "@/lib/discussions/paths";
import type { viewDiscussion } from "@/lib/discussions/view-discussion";
import type { FormState } from "@/lib/http/form-state";

/**
 * A discussion space's threads, a page at a time, and the form that starts one (a course's or the information
 * point's); `refused` is a refused new thread's state, from the page's address (lib/discussions/refused-post.ts).
 */
export async function ThreadList({
  id,
  view,
  refused,
}: {
  id: string;
  view: Awaited<ReturnType<typeof viewDiscussion>>;
  refused?: FormState;
}) {
  const [t, format] = await Promise.all([getTranslations("Discussion"), getFormatter()]);
  const base = discussionPath(id);
  return (
    <>
      <section aria-labelledby="threads" className="space-y-3">
        <SectionTitle id="threads">{t("threads")}</SectionTitle>
        {view.threads.length ? (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {view.threads.map((thread) => (
              <li key={thread.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 p-3" data-testid="thread">
                <MessagesSquare size={18} aria-hidden="true" className="shrink-0 text-slate-500" />
                <TextLink href={`${base}/${thread.id}`} className="font-medium">
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
        <NewThreadForm
          start={startThreadAction.bind(null, id)}
          upload={`/api/discussions/${id}/threads`}
          refused={refused}
        />
      </section>
    </>
  );
}
