import { getTranslations } from "next-intl/server";
import { requireSignedIn } from "@/lib/auth/request-context";

export default async function RecordOfLearningPage() {
  await requireSignedIn("/record-of-learning");
  const t = await getTranslations("RecordOfLearning");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-700">{t("empty")}</p>
    </div>
  );
}
