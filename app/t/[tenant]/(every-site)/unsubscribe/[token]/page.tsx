import { getTranslations } from "next-intl/server";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { viewUnsubscribe } from "@/lib/notifications/view-unsubscribe";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PageTitle } from "@/components/ui/page-title";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";

// The page an e-mail's unsubscribe link opens: it asks before turning the kind off (opening it changes nothing),
// without sign-in, as the link's signed token is the authority. An account e-mail has no such link.
export default async function UnsubscribePage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  await loadPage();
  const [t, preferences, state] = await Promise.all([
    getTranslations("Unsubscribe"),
    getTranslations("Preferences"),
    orNotFound(viewUnsubscribe(token)),
  ]);
  const kind = preferences(`kind.${state.kind}`);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <Panel roomy className="space-y-4">
        {state.on ? (
          <form method="post" action={`/api/unsubscribe/${token}`} className="space-y-4">
            <p>{t("ask", { kind })}</p>
            <Button>{t("confirm")}</Button>
          </form>
        ) : (
          <Notice tone="success" bordered compact>
            {done ? t("done", { kind }) : t("alreadyOff", { kind })}
          </Notice>
        )}
        <p className="text-sm text-slate-600">
          {t("preferencesHint")} <TextLink href="/preferences">{t("preferences")}</TextLink>
        </p>
      </Panel>
    </div>
  );
}
