// Session times are entered and shown in the session's own IANA time zone and stored in UTC.

/** True for a time zone name that Intl knows, for example "Africa/Nairobi". */
export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function wallClock(
  date: Date,
  zone: string,
): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute") };
}

/** "YYYY-MM-DDTHH:mm" as shown by a clock in `zone`, for the value of a datetime-local input. */
export function toZonedInput(date: Date, zone: string): string {
  const w = wallClock(date, zone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The instant a clock in `zone` shows `local` ("YYYY-MM-DDTHH:mm"); null for a malformed or non-existent time. */
export function fromZonedInput(local: string, zone: string): Date | null {
  const match = WALL.exec(local.trim());
  if (!match || !isTimeZone(zone)) return null;
  const wall = Date.UTC(+match[1], +match[2] - 1, +match[3], +match[4], +match[5]);
  const offsetAt = (instant: number) => {
    const w = wallClock(new Date(instant), zone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(instant / 60_000) * 60_000;
  };
  // Two passes settle the offset on either side of a daylight-saving change.
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  const result = new Date(instant);
  // 31 February, or a time skipped by a daylight-saving change, does not round-trip.
  return toZonedInput(result, zone) === local.trim() ? result : null;
}

/** The session's dates in its own time zone and the reader's language, for example "Monday 12 January 2027, 09:00 – 17:00 (Africa/Nairobi)". */
export function formatSessionDates(
  session: { startsAt: Date; endsAt: Date; timeZone: string },
  locale: string,
): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone: session.timeZone });
  return `${format.formatRange(session.startsAt, session.endsAt)} (${session.timeZone})`;
}
