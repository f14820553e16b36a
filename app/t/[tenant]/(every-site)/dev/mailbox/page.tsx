import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { devMailboxEnabled, listOutbox } from "@/lib/notifications/list-outbox";
import { PageTitle } from "@/components/ui/page-title";
import { Panel } from "@/components/ui/panel";
import { TextAnchor } from "@/components/ui/text-anchor";

// Links in the text are made clickable; everything else is shown as sent.
function Linkified({ text }: { text: string }) {
  return (
    <>
      {text.split(/(https?:\/\/\S+)/g).map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <TextAnchor key={i} href={part}>
            {part}
          </TextAnchor>
        ) : (
          <span key={i}>{part}</span>
        ),
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
          <Panel as="li" key={m.id} data-testid="mail">
            <h2 className="font-semibold">{m.subject}</h2>
            <p className="text-sm text-slate-600">
              {t("to", { address: m.toAddress })} ·{" "}
              {format.dateTime(m.createdAt, { dateStyle: "short", timeStyle: "medium" })} ·{" "}
              {t("status", { status: m.status })}
            </p>
            <pre className="mt-2 whitespace-pre-wrap font-sans">
              <Linkified text={m.text} />
            </pre>
          </Panel>
        ))}
      </ul>
    </div>
  );
}
