import type { ReactNode } from "react";
import { Bell, BellOff, GraduationCap } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ConfirmedPostButton } from "@/components/ui/confirmed-post-button";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageTitle } from "@/components/ui/page-title";
import { TextAnchor } from "@/components/ui/text-anchor";
import { TextLink } from "@/components/ui/text-link";
import { refusedPost, type RefusedPostQuery } from "@/lib/discussions/refused-post";
import type { viewThread } from "@/lib/discussions/view-thread";
import { editPostAction, replyAction, reportPostAction } from "@/app/actions/discussions";
import { EditPostForm, ReplyForm } from "@/components/discussions/post-forms";
import { ReportForm } from "@/components/forms/report-form";
import { ThreadMarks } from "@/components/discussions/thread-marks";
import { BackLink } from "@/components/discussions/back-link";

const DONE = ["subscribed", "unsubscribed", "pin", "unpin", "lock", "unlock", "postRemoved", "postDeleted"];

export interface ThreadQuery extends RefusedPostQuery {
  page?: string;
  edit?: string;
  done?: string;
  error?: string;
}

/**
 * A thread of a discussion space with what the viewer may do with each post: a course's discussion and the
 * information point's (ADR 0048) show the same page, each with its own way back.
 */
export async function ThreadView({
  id,
  threadId,
  view,
  query,
  back,
}: {
  /** The space's id: a course's, or the information point's. */
  id: string;
  threadId: string;
  view: Awaited<ReturnType<typeof viewThread>>;
  query: ThreadQuery;
  back: { href: string; label: ReactNode };
}) {
  const [t, fields, format] = await Promise.all([
    getTranslations("Discussion"),
    getTranslations("Fields"),
    getFormatter(),
  ]);
  const api = `/api/discussions/${id}`;
  const { thread } = view;
  const moderate = (action: string, label: string) => (
    <form method="post" action={`${api}/threads/${threadId}/moderate`}>
      <input type="hidden" name="action" value={action} />
      <Button variant="secondary" size="sm">
        {label}
      </Button>
    </form>
  );
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <BackLink href={back.href}>{back.label}</BackLink>
        <PageTitle>{thread.title}</PageTitle>
        <p className="flex flex-wrap gap-3 text-sm text-slate-700">
          <ThreadMarks pinned={thread.pinned} locked={thread.locked} />
        </p>
        <div className="flex flex-wrap gap-2">
          <form method="post" action={`${api}/threads/${threadId}/subscription`}>
            <input type="hidden" name="subscribed" value={view.subscribed ? "off" : "on"} />
            <Button variant="secondary" size="sm">
              {view.subscribed ? <BellOff size={16} aria-hidden="true" /> : <Bell size={16} aria-hidden="true" />}
              {view.subscribed ? t("unsubscribe") : t("subscribe")}
            </Button>
          </form>
          {view.moderator ? (
            <>
              {moderate(thread.pinned ? "unpin" : "pin", thread.pinned ? t("unpin") : t("pin"))}
              {moderate(thread.locked ? "unlock" : "lock", thread.locked ? t("unlock") : t("lock"))}
              <form method="post" action={`${api}/threads/${threadId}/moderate`}>
                <input type="hidden" name="action" value="remove" />
                <ConfirmButton question={t("removeThreadQuestion")} variant="danger" size="sm">
                  {t("removeThread")}
                </ConfirmButton>
              </form>
            </>
          ) : null}
        </div>
      </header>
      {query.done && DONE.includes(query.done) ? <Notice tone="success">{t(`done.${query.done}`)}</Notice> : null}
      {query.error ? <Notice tone="error">{fields(query.error as "required")}</Notice> : null}
      <ol className="space-y-4">
        {view.posts.map((post) => (
          <li
            key={post.id}
            id={`post-${post.id}`}
            className="space-y-2 rounded border border-slate-200 bg-white p-4"
            data-testid="post"
          >
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
              <span className="font-semibold text-slate-900">{post.authorName}</span>
              <span>{post.authorPlace}</span>
              {post.byTutor ? (
                <span
                  className="inline-flex items-center gap-1 rounded bg-green-100 px-2 py-0.5 font-medium text-green-900"
                  data-testid="tutor-mark"
                >
                  <GraduationCap size={14} aria-hidden="true" />
                  {t("tutor")}
                </span>
              ) : null}
              <time dateTime={post.createdAt.toISOString()}>
                {format.dateTime(post.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
              {post.edited ? <span>{t("edited")}</span> : null}
              {post.reports ? (
                <span className="font-medium text-red-800" data-testid="reported">
                  {t("reports", { count: post.reports })}
                </span>
              ) : null}
            </p>
            {post.body === null ? (
              <p className="italic text-slate-600">{t("deleted")}</p>
            ) : query.edit === post.id && post.mayChange && post.source !== null ? (
              <EditPostForm
                save={editPostAction.bind(null, id, threadId, post.id, view.page)}
                source={post.source}
                postId={post.id}
              />
            ) : (
              // Sanitised on the server with the one allow-list when it was written (lib/discussions/format-post.ts).
              <div className="discussion-post space-y-2" dangerouslySetInnerHTML={{ __html: post.body }} />
            )}
            {post.attachments.length > 0 ? (
              <ul aria-label={t("attachments")} className="space-y-1 text-sm">
                {post.attachments.map((file) => (
                  <li key={file.id}>
                    <TextAnchor
                      href={`${api}/attachments/${file.id}`}
                      className="inline-flex min-h-11 items-center"
                      dir="auto"
                    >
                      {t("attachment", { name: file.fileName, kilobytes: Math.ceil(file.bytes / 1024) })}
                    </TextAnchor>
                  </li>
                ))}
              </ul>
            ) : null}
            <div className="flex flex-wrap items-start gap-2">
              {post.mayChange && query.edit !== post.id ? (
                <>
                  <TextLink
                    href={`?page=${view.page}&edit=${post.id}#post-${post.id}`}
                    className="flex min-h-11 items-center"
                  >
                    {t("edit")}
                  </TextLink>
                  <form method="post" action={`${api}/posts/${post.id}/delete`}>
                    <input type="hidden" name="threadId" value={threadId} />
                    <ConfirmButton question={t("deleteQuestion")} variant="danger" size="sm">
                      {t("delete")}
                    </ConfirmButton>
                  </form>
                </>
              ) : null}
              {view.moderator && post.body !== null ? (
                <ConfirmedPostButton
                  action={`${api}/posts/${post.id}/remove`}
                  question={t("removePostQuestion")}
                  label={t("removePost")}
                  subject={post.authorName}
                />
              ) : null}
              {post.mayReport ? (
                <details className="w-full">
                  <summary className="flex min-h-11 cursor-pointer items-center text-sm text-brand underline">
                    {t("report")}
                  </summary>
                  <ReportForm
                    report={reportPostAction.bind(null, id, threadId, post.id)}
                    id={post.id}
                    labels={{ reason: t("reportReason"), send: t("sendReport"), done: t("reported") }}
                  />
                </details>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      <Pagination page={view.page} pageCount={view.pages} params={new URLSearchParams()} />
      {thread.locked ? (
        <EmptyState>{t("lockedNotice")}</EmptyState>
      ) : (
        <ReplyForm
          reply={replyAction.bind(null, id, threadId)}
          upload={`${api}/threads/${threadId}/replies`}
          refused={refusedPost(query)}
        />
      )}
    </article>
  );
}
