// What an author types for a session: times on the session's own clock (datetime-local inputs) in an IANA
// time zone, a place and/or an https link, a capacity, and an optional closing date for applications.
import { fieldMessages } from "@/lib/field-messages";
import { Invalid } from "@/lib/errors";
import { fromZonedInput } from "@/lib/i18n/zoned-time";
import { sessionSchema } from "./schemas";

export interface SessionData {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  place: string | null;
  onlineUrl: string | null;
  capacity: number;
  applicationsCloseAt: Date | null;
}

export function parseSessionInput(input: Record<string, unknown>): SessionData {
  const values = Object.fromEntries(
    ["timeZone", "startsAt", "endsAt", "applicationsCloseAt", "place", "onlineUrl", "capacity"].map((key) => [
      key,
      input[key] ?? "",
    ]),
  );
  const parsed = sessionSchema.safeParse(values);
  // Every refused field is reported at once: the checks of each field, then those across fields.
  const errors: Record<string, string> = parsed.success ? {} : fieldMessages(parsed.error);
  const raw = (key: string) => String(values[key]).trim();
  const timeZone = raw("timeZone");
  const zoned = (key: string) => (errors.timeZone || !raw(key) ? null : fromZonedInput(raw(key), timeZone));
  const startsAt = zoned("startsAt");
  const endsAt = zoned("endsAt");
  const applicationsCloseAt = zoned("applicationsCloseAt");
  const add = (key: string, message: string) => {
    errors[key] ??= message;
  };
  if (!errors.timeZone) {
    if (!startsAt) add("startsAt", raw("startsAt") ? "dateTimeFormat" : "required");
    if (!endsAt) add("endsAt", raw("endsAt") ? "dateTimeFormat" : "required");
    else if (startsAt && endsAt <= startsAt) add("endsAt", "endsBeforeStart");
    if (raw("applicationsCloseAt") && !applicationsCloseAt) add("applicationsCloseAt", "dateTimeFormat");
    else if (applicationsCloseAt && startsAt && applicationsCloseAt > startsAt)
      add("applicationsCloseAt", "closesAfterStart");
  }
  if (!raw("place") && !raw("onlineUrl")) add("place", "placeOrLink");
  if (!parsed.success || Object.keys(errors).length) throw new Invalid(errors);
  const { place, onlineUrl, capacity } = parsed.data;
  return {
    startsAt: startsAt!,
    endsAt: endsAt!,
    timeZone,
    place: place || null,
    onlineUrl: onlineUrl || null,
    capacity,
    applicationsCloseAt,
  };
}
