// What an author types for a session: times on the session's own clock (datetime-local inputs) in an IANA
// time zone, a place and/or an https link, a capacity, and an optional closing date for applications.
import { z } from "zod";
import { fieldMessages } from "@/lib/accounts/schemas";
import { Invalid } from "@/lib/errors";
import { fromZonedInput, isTimeZone } from "./zoned-time";

export interface SessionData {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  place: string | null;
  onlineUrl: string | null;
  capacity: number;
  applicationsCloseAt: Date | null;
}

const text = (max: number) => z.string().trim().max(max, "tooLong");

const schema = z.object({
  timeZone: text(64).refine(isTimeZone, "timeZoneUnknown"),
  startsAt: text(16).min(1, "required"),
  endsAt: text(16).min(1, "required"),
  applicationsCloseAt: text(16),
  place: text(300),
  onlineUrl: text(500).refine((value) => !value || isHttpsUrl(value), "httpsLink"),
  capacity: z.coerce.number("capacityFormat").int("capacityFormat").min(1, "capacityFormat").max(10_000, "capacityFormat"),
});

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

export function parseSessionInput(input: Record<string, unknown>): SessionData {
  const values = Object.fromEntries(["timeZone", "startsAt", "endsAt", "applicationsCloseAt", "place", "onlineUrl", "capacity"].map((key) => [key, input[key] ?? ""]));
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const { timeZone, place, onlineUrl, capacity } = parsed.data;
  const errors: Record<string, string> = {};
  const startsAt = fromZonedInput(parsed.data.startsAt, timeZone);
  const endsAt = fromZonedInput(parsed.data.endsAt, timeZone);
  const applicationsCloseAt = parsed.data.applicationsCloseAt ? fromZonedInput(parsed.data.applicationsCloseAt, timeZone) : null;
  if (!startsAt) errors.startsAt = "dateTimeFormat";
  if (!endsAt) errors.endsAt = "dateTimeFormat";
  else if (startsAt && endsAt <= startsAt) errors.endsAt = "endsBeforeStart";
  if (parsed.data.applicationsCloseAt && !applicationsCloseAt) errors.applicationsCloseAt = "dateTimeFormat";
  else if (applicationsCloseAt && startsAt && applicationsCloseAt > startsAt) errors.applicationsCloseAt = "closesAfterStart";
  if (!place && !onlineUrl) errors.place = "placeOrLink";
  if (Object.keys(errors).length) throw new Invalid(errors);
  return { startsAt: startsAt!, endsAt: endsAt!, timeZone, place: place || null, onlineUrl: onlineUrl || null, capacity, applicationsCloseAt };
}
