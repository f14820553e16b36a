import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/page-title";
import { CertificateCodeForm } from "./code-form";

// Public: anyone checks a certificate by the code printed on it.
export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams;
  if (code?.trim()) redirect(`/verify/${encodeURIComponent(code.trim())}`);
  const t = await getTranslations("Certificates");
  return (
    <section className="max-w-xl space-y-4">
      <PageTitle>{t("verifyTitle")}</PageTitle>
      <p className="text-slate-700">{t("verifyIntro")}</p>
      <CertificateCodeForm />
    </section>
  );
}
