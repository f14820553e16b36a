// A workshop session as a calendar invitation (iCalendar, RFC 5545): its times in the session's own time zone,
// with the zone's rules (VTIMEZONE) so a calendar shows the right hour wherever its reader is. One event per
// session, with a stable UID, so a changed session replaces the event in the calendar rather than adding one.
import ical, { ICalCalendarMethod } from "ical-generator";
import { tzlib_get_ical_block } from "timezones-ical-library";
import { toZonedInput } from "@/lib/i18n/zoned-time";

export interface CalendarSession {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  place: string | null;
  onlineUrl: string | null;
  /** The page of the session (the application or the course), absolute. */
  url: string;
}

/**
 * The moment as the session's clock shows it: ical-generator writes a zoned time from the Date's UTC fields, so
 * they must hold the wall-clock time in `zone`, not the instant.
 */
const wallClock = (moment: Date, zone: string) => new Date(`${toZonedInput(moment, zone)}:00Z`);

export const CALENDAR_TYPE = "text/calendar; charset=utf-8";

export function sessionCalendar(session: CalendarSession, now = new Date()): string {
  const calendar = ical({ prodId: { company: "WCO", product: "CLiKC!" }, method: ICalCalendarMethod.PUBLISH });
  calendar.timezone({ name: session.timeZone, generator: (zone) => tzlib_get_ical_block(zone)[0] });
  calendar.createEvent({
    id: `workshop-session-${session.id}@clikc`,
    stamp: now,
    start: wallClock(session.startsAt, session.timeZone),
    end: wallClock(session.endsAt, session.timeZone),
    timezone: session.timeZone,
    summary: session.title,
    location: [session.place, session.onlineUrl].filter(Boolean).join(" · ") || null,
    url: session.url,
    description: session.url,
  });
  return calendar.toString();
}

/** The invitation as an e-mail attachment. */
export function calendarAttachment(session: CalendarSession) {
  return {
    filename: "workshop.ics",
    contentType: "text/calendar; charset=utf-8; method=PUBLISH",
    content: Buffer.from(sessionCalendar(session)).toString("base64"),
  };
}
