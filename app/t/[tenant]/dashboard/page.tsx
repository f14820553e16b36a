import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TasksPanel } from "@/components/tasks/tasks-panel";
import { requireSignedIn } from "@/lib/auth/request-context";

export default async function DashboardPage() {
  const { viewer } = await requireSignedIn("/dashboard");
  const t = await getTranslations("Dashboard");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <TasksPanel viewer={viewer} />
      <section aria-labelledby="current-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="current-heading" className="text-xl font-semibold">{t("currentCourses")}</h2>
        <p className="mt-2 text-slate-700">{t("noCurrentCourses")}</p>
        <Link href="/find-learning" className="mt-3 inline-block font-medium text-brand underline">{t("findLearning")}</Link>
      </section>
    </div>
  );
}
