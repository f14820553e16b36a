import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/tables/data-table";
import { getTeamMember } from "@/lib/team/get-team-member";
import { formatSessionDates } from "@/lib/i18n/zoned-time";
import { TeamMemberEmailForm, TeamMemberForm } from "./member-form";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { param, type SearchParams } from "@/lib/http/search-params";
import { managerOn } from "@/lib/team/manager-on";
import { PageTitle } from "@/components/ui/page-title";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";
import { changeTeamMemberEmailAction, updateTeamMemberAction } from "./actions";

const TABS = ["profile", "bookings", "records"] as const;

// One user of the administration: their profile (editable), their workshop bookings and their records. The
// bookings are worded for the coordinator ("Amina is selected"), not as the officer reads their own.
export default async function TeamMemberPage({
  params,
  searchParams,
}: {
  params: Promise<{ userId: string }>;
  searchParams: SearchParams;
}) {
  const [{ userId }, query] = await Promise.all([params, searchParams]);
  const { site, viewer } = await loadPage({ signIn: `/team/${userId}`, can: "team.manage" });
  const manager = managerOn(site, viewer, await getLocale());
  const [t, workshops, messages, format, locale] = await Promise.all([
    getTranslations("Team"),
    getTranslations("Workshops"),
    getTranslations("Messages"),
    getFormatter(),
    getLocale(),
  ]);
  const member = await orNotFound(getTeamMember(manager, userId));
  const active = TABS.find((tab) => tab === param(query.tab)) ?? "profile";
  const { profile } = member;
  const name = `${profile.firstName} ${profile.lastName}`;
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium" }) : "");
  return (
    <div className="space-y-6">
      <p>
        <TextLink href="/team">{t("backToTeam")}</TextLink>
      </p>
      <div>
        <PageTitle>{name}</PageTitle>
        <p className="text-slate-700">
          {profile.username} · {t(`status.${profile.status}`)}
        </p>
        {profile.status === "ACTIVE" ? (
          <TextLink href={`/team/enrol?user=${encodeURIComponent(profile.username)}`} className="mt-1 inline-block">
            {t("enrolUser")}
          </TextLink>
        ) : null}
        {profile.status === "ACTIVE" && viewer.homeTenantKind === "ADMINISTRATION" && userId !== viewer.id ? (
          <TextLink href={`/messages/new?to=${userId}`} className="ms-4 mt-1 inline-block">
            {messages("writeMessage")}
          </TextLink>
        ) : null}
      </div>
      <nav aria-label={t("memberTabs")} className="border-b border-slate-300">
        <ul className="flex flex-wrap gap-1">
          {TABS.map((tab) => (
            <li key={tab}>
              <Link
                href={`?tab=${tab}`}
                aria-current={active === tab ? "page" : undefined}
                className="inline-block rounded-t px-4 py-2 aria-[current=page]:border aria-[current=page]:border-b-white aria-[current=page]:border-slate-300 aria-[current=page]:bg-white aria-[current=page]:font-semibold"
              >
                {t(`tab.${tab}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-label={t(`tab.${active}`)}>
        {active === "profile" ? (
          <div className="grid gap-6 lg:grid-cols-2">
            <Panel as="dl" roomy className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
              <dt className="font-medium">{t("column.username")}</dt>
              <dd>{profile.username}</dd>
              <dt className="font-medium">{t("column.email")}</dt>
              <dd className="break-all">
                {profile.email}
                {profile.pendingEmail ? (
                  <span className="block text-sm text-slate-700" data-testid="pending-email">
                    {t("emailPending", { email: profile.pendingEmail })}
                  </span>
                ) : null}
              </dd>
              <dt className="font-medium">{t("column.organisation")}</dt>
              <dd>{profile.administration}</dd>
              <dt className="font-medium">{t("column.status")}</dt>
              <dd>{t(`status.${profile.status}`)}</dd>
              <dt className="font-medium">{t("column.lastLogin")}</dt>
              <dd>{profile.lastLoginAt ? date(profile.lastLoginAt) : t("never")}</dd>
              <dt className="font-medium">{t("memberSince")}</dt>
              <dd>{date(profile.createdAt)}</dd>
            </Panel>
            <Panel as="div" roomy>
              <h2 className="mb-4 text-xl font-semibold">{t("editProfile")}</h2>
              <TeamMemberForm
                save={updateTeamMemberAction.bind(null, profile.id)}
                member={{ firstName: profile.firstName, lastName: profile.lastName, position: profile.position }}
              />
              <h2 className="mt-8 mb-4 text-xl font-semibold">{t("changeEmail")}</h2>
              <TeamMemberEmailForm save={changeTeamMemberEmailAction.bind(null, profile.id)} name={profile.firstName} />
            </Panel>
          </div>
        ) : active === "bookings" ? (
          member.bookings.length === 0 ? (
            <EmptyState>{t("noBookingsOf", { name: profile.firstName })}</EmptyState>
          ) : (
            <DataTable
              caption={t("bookingsOf", { name })}
              className="text-sm"
              columns={[
                { label: workshops("bookings.course") },
                { label: workshops("bookings.session") },
                { label: workshops("bookings.where") },
                { label: workshops("bookings.status") },
                { label: workshops("bookings.applied") },
              ]}
            >
              {member.bookings.map((booking) => (
                <tr
                  key={booking.applicationId}
                  className="border-b border-slate-100 align-top"
                  data-testid="booking-row"
                >
                  <td className="p-2">{booking.title}</td>
                  <td className="p-2">{formatSessionDates(booking, locale)}</td>
                  <td className="p-2">
                    {[booking.place, booking.online ? workshops("online") : null].filter(Boolean).join(" · ")}
                  </td>
                  <td className="p-2">{workshops(`memberStatus.${booking.status}`, { name: profile.firstName })}</td>
                  <td className="p-2">{date(booking.appliedAt)}</td>
                </tr>
              ))}
            </DataTable>
          )
        ) : member.records.length === 0 ? (
          <EmptyState>{t("noRecords")}</EmptyState>
        ) : (
          <DataTable
            caption={t("tab.records")}
            className="text-sm"
            columns={[
              { label: t("column.course") },
              { label: t("column.progress"), align: "end" },
              { label: t("column.completionStatus") },
              { label: t("column.completionDate") },
            ]}
          >
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
