import { Ban } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { ReportForm } from "@/components/forms/report-form";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { pageNumber } from "@/lib/discussions/schemas";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { viewConversation } from "@/lib/messages/view-conversation";
import { reportMessageAction, sendMessageAction } from "../actions";
import { MessageForm } from "../message-forms";
import { ReadBeacon } from "./read-beacon";

const DONE = ["blocked", "unblocked"];

export default async function ConversationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string; done?: string }>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const entry = await loadPage({ signIn: `/messages/${id}` });
  const view = await orNotFound(viewConversation(entry, id, query.page ? pageNumber(query.page) : "last"));
  const [t, format] = await Promise.all([getTranslations("Messages"), getFormatter()]);
  const { conversation } = view;
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <TextLink href="/messages" className="inline-flex min-h-11 items-center">
          {t("backToInbox")}
        </TextLink>
        <PageTitle>{t("with", { name: conversation.otherName })}</PageTitle>
        <p className="text-sm text-slate-700">
          {[conversation.otherPlace, conversation.courseTitle].filter(Boolean).join(" · ")}
        </p>
        <form method="post" action={`/api/messages/${id}/block`}>
          <input type="hidden" name="blocked" value={conversation.blockedByOwner ? "off" : "on"} />
          {conversation.blockedByOwner ? (
            <Button variant="secondary" size="sm">
              {t("unblock")}
            </Button>
          ) : (
            <ConfirmButton question={t("blockQuestion", { name: conversation.otherName })} variant="danger" size="sm">
              <Ban size={16} aria-hidden="true" />
              {t("block")}
            </ConfirmButton>
          )}
        </form>
      </header>
      {query.done && DONE.includes(query.done) ? <Notice tone="success">{t(`done.${query.done}`)}</Notice> : null}
      <ol className="space-y-3">
        {view.messages.map((m) => (
          <li
            key={m.id}
            id={`message-${m.id}`}
            data-testid="message"
            className={`space-y-2 rounded border p-3 ${m.fromOwner ? "ms-8 border-slate-200 bg-white" : "me-8 border-blue-200 bg-blue-50"}`}
          >
            <p className="flex flex-wrap gap-x-3 text-sm text-slate-700">
              <span className="font-semibold text-slate-900">{m.fromOwner ? t("you") : conversation.otherName}</span>
              <time dateTime={m.createdAt.toISOString()}>
                {format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </p>
            {m.removedAt ? (
              <p className="text-slate-700 italic" data-testid="message-removed">
                {t("removedByModerator")}
              </p>
            ) : (
              /* Sanitised on the server with the discussions' one allow-list when it was written. */
              <div className="discussion-post space-y-2" dangerouslySetInnerHTML={{ __html: m.body }} />
            )}
            {m.fromOwner || m.removedAt ? null : m.reportedAt ? (
              <p className="text-sm text-slate-700">{t("reported")}</p>
            ) : (
              <details>
                <summary className="flex min-h-11 cursor-pointer items-center text-sm text-brand underline">
                  {t("report")}
                </summary>
                <ReportForm
                  report={reportMessageAction.bind(null, id, m.id)}
                  id={m.id}
                  labels={{ reason: t("reportReason"), send: t("sendReport"), done: t("reported") }}
                />
              </details>
            )}
          </li>
        ))}
      </ol>
      <Pagination page={view.page} pageCount={view.pages} params={new URLSearchParams()} />
      {conversation.blockedByOther ? (
        <EmptyState>{t("blockedByOther")}</EmptyState>
      ) : conversation.blockedByOwner ? (
        <EmptyState>{t("youBlocked")}</EmptyState>
      ) : (
        <MessageForm send={sendMessageAction.bind(null, id)} label={t("yourMessage")} />
      )}
      <ReadBeacon conversationId={id} unread={conversation.unread} />
    </article>
  );
}
