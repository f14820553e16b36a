import { getFormatter, getTranslations } from "next-intl/server";
import type { PreviousCompletion } from "@/lib/learning/previous-completions";

/** A course's earlier completions in its record-of-learning row: their number, opening to each date and grade. */
export async function PreviousCompletions({
  title,
  completions,
}: {
  title: string;
  completions: PreviousCompletion[];
}) {
  const [t, format] = await Promise.all([getTranslations("RecordOfLearning"), getFormatter()]);
  if (completions.length === 0)
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t("noPrevious")}</span>
      </>
    );
  return (
    <details>
      <summary className="min-h-11 cursor-pointer content-center">
        {t("previousCount", { count: completions.length })}
        <span className="sr-only"> – {title}</span>
      </summary>
      <ul className="mt-1 space-y-1 text-sm">
        {completions.map((c) => {
          const date = format.dateTime(c.completedAt, { dateStyle: "medium" });
          return (
            <li key={c.cycle}>
              {c.grade === null ? date : t("previousWithGrade", { date, grade: format.number(c.grade) })}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
