import { getTranslations } from "next-intl/server";

export default async function AcademyHomePage() {
  const t = await getTranslations("Academy");
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-16">
      <h1 className="text-4xl font-bold text-brand">{t("title")}</h1>
      <p className="mt-3 text-lg text-slate-700">{t("intro")}</p>
      <p className="mt-8 rounded-lg border border-slate-200 bg-slate-50 p-6">{t("comingSoon")}</p>
    </main>
  );
}
