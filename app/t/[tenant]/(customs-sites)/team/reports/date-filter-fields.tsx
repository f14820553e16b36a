import { getTranslations } from "next-intl/server";
import { TextField } from "@/components/forms/text-field";
import { param } from "@/lib/http/search-params";
import { MAX_FILTER_DAYS } from "@/lib/team/reports/date-filter";

interface DateFilterFieldsProps {
  /** The filter's URL prefix (`login` for loginAfter, loginBefore, …). */
  prefix: string;
  legend: string;
  params: Record<string, string | string[] | undefined>;
}

/** One of a report's date filters, as the guide has it: is after, is before, N days before or after today. */
export async function DateFilterFields({ prefix, legend, params }: DateFilterFieldsProps) {
  const t = await getTranslations("Team.dateFilter");
  const days = { type: "number", min: 0, max: MAX_FILTER_DAYS, step: 1, inputMode: "numeric" } as const;
  return (
    <fieldset data-testid={`date-filter-${prefix}`}>
      <legend className="font-medium">{legend}</legend>
      <div className="mt-1 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <TextField
          name={`${prefix}After`}
          label={t("after")}
          type="date"
          defaultValue={param(params[`${prefix}After`])}
        />
        <TextField
          name={`${prefix}Before`}
          label={t("before")}
          type="date"
          defaultValue={param(params[`${prefix}Before`])}
        />
        <TextField
          name={`${prefix}DaysBefore`}
          label={t("daysBefore")}
          hint={t("todayIncluded")}
          {...days}
          defaultValue={param(params[`${prefix}DaysBefore`])}
        />
        <TextField
          name={`${prefix}DaysAfter`}
          label={t("daysAfter")}
          hint={t("todayIncluded")}
          {...days}
          defaultValue={param(params[`${prefix}DaysAfter`])}
        />
      </div>
    </fieldset>
  );
}
