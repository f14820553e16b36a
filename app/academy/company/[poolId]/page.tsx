import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { DataTable } from "@/components/tables/data-table";
import { ConfirmedPostButton } from "@/components/ui/confirmed-post-button";
import { SEATS_PAGE_SIZE, getSeatPool } from "@/lib/store/seats/get-seat-pool";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";
import { Notice } from "@/components/ui/notice";
import { Label } from "@/components/ui/label";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";

export default async function SeatPoolPage({
  params,
  searchParams,
}: {
  params: Promise<{ poolId: string }>;
  searchParams: Promise<{ page?: string; error?: string; done?: string }>;
}) {
  const [{ poolId }, { page: pageParam, error, done }, locale, t, fields, format] = await Promise.all([
    params,
    searchParams,
    getLocale(),
    getTranslations("Store"),
    getTranslations("Fields"),
    getFormatter(),
  ]);
  const { viewer } = await loadPage({ signIn: `/company/${poolId}` });
  const page = Math.max(1, Number(pageParam) || 1);
  const pool = await orNotFound(getSeatPool(viewer, poolId, locale, page));
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p>
          <TextLink href="/company">{t("companyTitle")}</TextLink>
        </p>
        <PageTitle>{pool.productTitle}</PageTitle>
        {pool.expiresAt ? (
          <p className="text-slate-700">
            {t("periodEndsOn", { date: format.dateTime(pool.expiresAt, { dateStyle: "long" }) })}
          </p>
        ) : null}
      </header>
      <dl className="grid max-w-md grid-cols-3 gap-3 text-center" aria-label={t("seatPool")}>
        {(
          [
            ["bought", pool.bought],
            ["assigned", pool.assigned],
            ["free", pool.free],
          ] as const
        ).map(([key, value]) => (
          <div key={key} className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-sm text-slate-600">{t(`seats.${key}`)}</dt>
            <dd className="text-2xl font-bold" data-testid={`seats-${key}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {error ? <Notice tone="error">{fields.has(error) ? fields(error) : t("actionFailed")}</Notice> : null}
      {done ? <Notice tone="success">{t(done === "revoked" ? "seatRevoked" : "seatAssigned")}</Notice> : null}
      <Panel className="space-y-2" aria-labelledby="assign-heading">
        <h2 id="assign-heading" className="text-lg font-semibold">
          {t("assignSeat")}
        </h2>
        {pool.free > 0 ? (
          <form method="post" action="/api/store/seats" className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="poolId" value={pool.id} />
            <div>
              <Label htmlFor="email">{t("employeeEmail")}</Label>
              <input
                id="email"
                name="email"
                type="email"
                required
                autoComplete="off"
                className="mt-1 w-72 rounded border border-slate-400 px-2 py-1"
              />
            </div>
            <Button>{t("assign")}</Button>
          </form>
        ) : (
          <p>{t("noFreeSeats")}</p>
        )}
        <p>
          <TextLink href={`/products/${pool.productId}?pool=${pool.id}`} className="font-medium">
            {t("buyMoreSeats")}
          </TextLink>
        </p>
      </Panel>
      <section aria-labelledby="seats-heading" className="space-y-2">
        <h2 id="seats-heading" className="text-lg font-semibold">
          {t("employees")}
        </h2>
        {pool.seats.length === 0 ? (
          <Panel as="p">{t("noSeatsAssigned")}</Panel>
        ) : (
          <div className="overflow-x-auto">
            <DataTable
              caption={t("employees")}
              columns={[
                { label: t("employee") },
                { label: t("statusLabel") },
                ...pool.courses.map((course) => ({ label: course.title })),
                { label: t("actions") },
              ]}
            >
              {pool.seats.map((seat) => (
                <tr key={seat.id} className="border-b border-slate-200" data-testid="seat">
                  <td className="p-2">
                    {seat.name ? (
                      <>
                        {seat.name}
                        <br />
                      </>
                    ) : null}
                    <span className="text-sm text-slate-600">{seat.email}</span>
                  </td>
                  <td className="p-2">{t(`seatState.${seat.state}`)}</td>
                  {pool.courses.map((course) => (
                    <td key={course.id} className="p-2">
                      {seat.progress[course.id] === null ? "–" : `${seat.progress[course.id]} %`}
                    </td>
                  ))}
                  <td className="p-2">
                    {seat.state !== "STARTED" ? (
                      <ConfirmedPostButton
                        action={`/api/store/seats/${seat.id}/revoke?pool=${pool.id}`}
                        question={t("revokeConfirm", { email: seat.email })}
                        label={t("revoke")}
                        subject={seat.email}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </DataTable>
          </div>
        )}
        <Pagination page={page} pageCount={Math.ceil(pool.assigned / SEATS_PAGE_SIZE)} params={new URLSearchParams()} />
      </section>
    </div>
  );
}
