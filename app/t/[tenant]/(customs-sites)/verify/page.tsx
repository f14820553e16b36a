import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";
import { Input } from "@/components/ui/input";

// Public: anyone checks a certificate by the code printed on it.
export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams;
  if (code?.trim()) redirect(`/verify/${encodeURIComponent(code.trim())}`);
  const t = await getTranslations("Certificates");
  return (
    <section className="max-w-xl space-y-4">
      <PageTitle>{t("verifyTitle")}</PageTitle>
      <p className="text-slate-700">{t("verifyIntro")}</p>
      <form method="get" action="/verify" className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("verifyCode")}</span>
          <Input
            name="code"
            required
            autoComplete="off"
            spellCheck={false}
            dir="ltr"
            placeholder="XXXXX-XXXXX-XXXXX-XXXXX"
            className="w-72 font-mono uppercase"
          />
        </label>
        <Button>{t("verifyButton")}</Button>
      </form>
    </section>
  );
}
