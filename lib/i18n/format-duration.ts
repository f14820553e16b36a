import { numberFormat } from "./intl-formats";

/** "1 h 30 min" in the reader's language, through Intl's unit formatting. */
export function formatDuration(totalMinutes: number, locale: string): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  if (hours) parts.push(numberFormat(locale, { style: "unit", unit: "hour", unitDisplay: "short" }).format(hours));
  if (minutes || !hours)
    parts.push(numberFormat(locale, { style: "unit", unit: "minute", unitDisplay: "short" }).format(minutes));
  return parts.join(" ");
}
