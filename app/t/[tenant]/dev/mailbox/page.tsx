import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { devMailboxEnabled, listOutbox } from "@/lib/notifications/list-outbox";
import { PageTitle } from "@/components/ui/page-title";

// Links in the text are made clickable; everything else is shown as sent.
function Linkified({ text }: { text: string }) {
  return (
    <>
      {text.split(/(https?:\/\/\S+)/g).map((part, i) =>
        /^https?:\/\//.test(part) ? <a key={i} href={part} className="text-brand underline">{part}</a> : <span key={i}>{part}</span>,
      )}
    </>
  );
}

export default async function MailboxPage() {
  if (!devMailboxEnabled()) notFound();
  const [t, format, messages] = await Promise.all([getTranslations("Mailbox"), getFormatter(), listOutbox()]);
  return (
    <div className="space-y-4">
      <PageTitle>{t("title")}</PageTitle>
      <p className="text-slate-700">{t("intro")}</p>
      {messages.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="space-y-4">
        {messages.map((m) => (
          <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="mail">
            <h2 className="font-semibold">{m.subject}</h2>
            <p className="text-sm text-slate-600">
              {t("to", { address: m.toAddress })} · {format.dateTime(m.createdAt, { dateStyle: "short", timeStyle: "medium" })} · {t("status", { status: m.status })}
            </p>
            <pre className="mt-2 whitespace-pre-wrap font-sans"><Linkified text={m.text} /></pre>
          </li>
        ))}
      </ul>
    </div>
  );
}
