import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/tables/data-table";
import { NotFound } from "@/lib/errors";
import { getTeamMember } from "@/lib/team/get-team-member";
import { formatSessionDates } from "@/lib/workshops/zoned-time";
import { param, requireTeamManager, type SearchParams } from "../guard";
import { TeamMemberForm } from "./member-form";
import { updateTeamMemberAction } from "./actions";

const TABS = ["profile", "bookings", "records"] as const;

// One user of the administration: their profile (editable), their workshop bookings and their records.
export default async function TeamMemberPage({ params, searchParams }: { params: Promise<{ userId: string }>; searchParams: SearchParams }) {
  const [{ userId }, query] = await Promise.all([params, searchParams]);
  const { manager } = await requireTeamManager(`/team/${userId}`);
  const [t, workshops, format, locale] = await Promise.all([getTranslations("Team"), getTranslations("Workshops"), getFormatter(), getLocale()]);
  let member;
  try {
    member = await getTeamMember(manager, userId);
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
  const active = TABS.find((tab) => tab === param(query.tab)) ?? "profile";
  const { profile } = member;
  const name = `${profile.firstName} ${profile.lastName}`;
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium" }) : "");
  return (
    <div className="space-y-6">
      <p><Link href="/team" className="text-brand underline">{t("backToTeam")}</Link></p>
      <div>
        <h1 className="text-3xl font-bold">{name}</h1>
        <p className="text-slate-700">{profile.username} · {t(`status.${profile.status}`)}</p>
      </div>
      <nav aria-label={t("memberTabs")} className="border-b border-slate-300">
        <ul className="flex flex-wrap gap-1">
          {TABS.map((tab) => (
            <li key={tab}>
              <Link href={`?tab=${tab}`} aria-current={active === tab ? "page" : undefined} className="inline-block rounded-t px-4 py-2 aria-[current=page]:border aria-[current=page]:border-b-white aria-[current=page]:border-slate-300 aria-[current=page]:bg-white aria-[current=page]:font-semibold">
                {t(`tab.${tab}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-label={t(`tab.${active}`)}>
        {active === "profile" ? (
          <div className="grid gap-6 lg:grid-cols-2">
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-6">
              <dt className="font-medium">{t("column.username")}</dt><dd>{profile.username}</dd>
              <dt className="font-medium">{t("column.email")}</dt><dd className="break-all">{profile.email}</dd>
              <dt className="font-medium">{t("column.organisation")}</dt><dd>{profile.administration}</dd>
              <dt className="font-medium">{t("column.status")}</dt><dd>{t(`status.${profile.status}`)}</dd>
              <dt className="font-medium">{t("column.lastLogin")}</dt><dd>{profile.lastLoginAt ? date(profile.lastLoginAt) : t("never")}</dd>
              <dt className="font-medium">{t("memberSince")}</dt><dd>{date(profile.createdAt)}</dd>
            </dl>
            <div className="rounded-lg border border-slate-200 bg-white p-6">
              <h2 className="mb-4 text-xl font-semibold">{t("editProfile")}</h2>
              <TeamMemberForm save={updateTeamMemberAction.bind(null, profile.id)} member={{ firstName: profile.firstName, lastName: profile.lastName, position: profile.position }} />
            </div>
          </div>
        ) : active === "bookings" ? (
          member.bookings.length === 0 ? (
            <p className="rounded border border-slate-200 bg-white p-4">{t("noBookings")}</p>
          ) : (
            <DataTable caption={t("tab.bookings")} className="text-sm" columns={[{ label: workshops("bookings.course") }, { label: workshops("bookings.session") }, { label: workshops("bookings.where") }, { label: workshops("bookings.status") }, { label: workshops("bookings.applied") }]}>
              {member.bookings.map((booking) => (
                <tr key={booking.applicationId} className="border-b border-slate-100 align-top" data-testid="booking-row">
                  <td className="p-2">{booking.title}</td>
                  <td className="p-2">{formatSessionDates(booking, locale)}</td>
                  <td className="p-2">{[booking.place, booking.online ? workshops("online") : null].filter(Boolean).join(" · ")}</td>
                  <td className="p-2">{workshops(`status.${booking.status}`)}</td>
                  <td className="p-2">{date(booking.appliedAt)}</td>
                </tr>
              ))}
            </DataTable>
          )
        ) : member.records.length === 0 ? (
          <p className="rounded border border-slate-200 bg-white p-4">{t("noRecords")}</p>
        ) : (
          <DataTable caption={t("tab.records")} className="text-sm" columns={[{ label: t("column.course") }, { label: t("column.progress"), align: "end" }, { label: t("column.completionStatus") }, { label: t("column.completionDate") }]}>
            {member.records.map((record) => (
              <tr key={record.courseId} className="border-b border-slate-100" data-testid="record-row">
                <td className="p-2">{record.title}</td>
                <td className="p-2 text-end">{format.number(record.progressPercent / 100, { style: "percent" })}</td>
                <td className="p-2">{t(`enrolmentStatus.${record.status}`)}</td>
                <td className="p-2">{date(record.completedAt)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
