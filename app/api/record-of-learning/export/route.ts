import { getLocale, getTranslations } from "next-intl/server";
import { readRoute } from "@/lib/http/route-handler";
import { statusResponse } from "@/lib/http/status-response";
import type { Locale } from "@/lib/i18n/locales";
import { listMyCourses } from "@/lib/learning/list-my-courses";
import { recordOfLearningTable } from "@/lib/learning/record-of-learning-table";
import { toCsv, toPdf, toXlsx } from "@/lib/reports/table-export";

// The signed-in learner's record of learning as CSV, Excel or PDF; anyone else gets 404.
export const GET = readRoute({}, async ({ request, ctx, viewer }) => {
  const url = new URL(request.url);
  const format = url.searchParams.get("format");
  if (format !== "csv" && format !== "xlsx" && format !== "pdf") return statusResponse(400);
  const [locale, t, types, reports] = await Promise.all([
    getLocale(),
    getTranslations("RecordOfLearning"),
    getTranslations("CourseType"),
    getTranslations("Reports"),
  ]);
  const courses = await listMyCourses(ctx, viewer.id, locale as Locale, {
    search: url.searchParams.get("q") ?? "",
    order: "title",
  });
  const table = recordOfLearningTable(courses, {
    title: t("title"),
    header: [t("type"), t("course"), t("due"), t("completed"), t("status"), t("progress")],
    type: (type) => types(type as "ELEARNING"),
    status: (status) => t(`statusValue.${status}`),
  });
  const name = `record-of-learning-${new Date().toISOString().slice(0, 10)}`;
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (format === "csv") {
    return new Response(toCsv(table), {
      headers: {
        ...headers,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}.csv"`,
      },
    });
  }
  if (format === "pdf") {
    const generatedOn = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date());
    const pdf = await toPdf(table, {
      locale: locale as Locale,
      subtitle: reports("generatedFor", { name: `${viewer.firstName} ${viewer.lastName}`, date: generatedOn }),
      pageLabel: reports("page", { page: "{page}", pages: "{pages}" }),
    });
    return new Response(Buffer.from(pdf), {
      headers: {
        ...headers,
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${name}.pdf"`,
      },
    });
  }
  return new Response(Buffer.from(await toXlsx(table)), {
    headers: {
      ...headers,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${name}.xlsx"`,
    },
  });
});
