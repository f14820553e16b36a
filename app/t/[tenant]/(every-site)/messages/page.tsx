import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { pageParam, type SearchParams } from "@/lib/http/search-params";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { conversationHref } from "@/lib/messages/mailbox";
import { viewInbox } from "@/lib/messages/view-inbox";

// The viewer's conversations, the latest first, those with unread messages marked (ADR 0047).
export default async function InboxPage({ searchParams }: { searchParams: SearchParams }) {
  const entry = await loadPage({ signIn: "/messages" });
  const params = await searchParams;
  const view = await orNotFound(viewInbox(entry, pageParam(params.page)));
  const [t, format] = await Promise.all([getTranslations("Messages"), getFormatter()]);
  return (
    <div className="space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      {view.conversations.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <ul className="space-y-2">
          {view.conversations.map((c) => (
            <li
              key={c.id}
              data-testid="conversation"
              data-unread={c.unread ? "true" : undefined}
              className={`flex flex-wrap items-center gap-3 rounded border p-3 ${c.unread ? "border-brand bg-blue-50" : "border-slate-200 bg-white"}`}
            >
              <div className="min-w-0 flex-1">
                <TextLink href={conversationHref(c.id)} className="inline-flex min-h-11 items-center font-semibold">
                  {c.otherName}
                </TextLink>
                <p className="text-sm text-slate-700">
                  {[c.otherPlace, c.courseTitle].filter(Boolean).join(" · ")}
                  {c.blockedByOwner ? ` · ${t("blockedMark")}` : ""}
                </p>
              </div>
              {c.unread ? (
                <span className="rounded bg-brand px-2 py-0.5 text-xs font-semibold text-white">
                  {t("unread", { count: c.unread })}
                </span>
              ) : null}
              <time dateTime={c.lastMessageAt.toISOString()} className="text-sm text-slate-600">
                {format.dateTime(c.lastMessageAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={view.page} pageCount={view.pages} params={new URLSearchParams()} />
    </div>
  );
}
