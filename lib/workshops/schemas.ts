// The workshops area's input rules. Messages are keys of the forms' "Fields" messages.
import { z } from "zod";
import { isTimeZone } from "@/lib/i18n/zoned-time";

const text = (max: number) => z.string().trim().max(max, "tooLong");

/** A session as its author types it: times on the session's own clock, in an IANA time zone. */
export const sessionSchema = z.object({
  timeZone: text(64).refine(isTimeZone, "timeZoneUnknown"),
  startsAt: text(16).min(1, "required"),
  endsAt: text(16).min(1, "required"),
  applicationsCloseAt: text(16),
  place: text(300),
  onlineUrl: text(500).refine((value) => !value || isHttpsUrl(value), "httpsLink"),
  capacity: z.coerce
    .number("capacityFormat")
    .int("capacityFormat")
    .min(1, "capacityFormat")
    .max(10_000, "capacityFormat"),
});

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}
