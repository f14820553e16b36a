import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { listSeatPools } from "@/lib/store/seats/list-seat-pools";
import { loadPage } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";

export default async function CompanyPage() {
  const [{ viewer }, locale, t, format] = await Promise.all([
    loadPage({ signIn: "/company", can: "store.manageCompany" }),
    getLocale(),
    getTranslations("Store"),
    getFormatter(),
  ]);
  const pools = await listSeatPools(viewer, locale);
  return (
    <div className="space-y-4">
      <PageTitle>{t("companyTitle")}</PageTitle>
      <p className="text-slate-700">{t("companyIntro")}</p>
      {pools.length === 0 ? (
        <Panel as="p" roomy>
          {t("noPools")}{" "}
          <TextLink href="/" className="font-medium">
            {t("browseStore")}
          </TextLink>
        </Panel>
      ) : (
        <ul className="space-y-3">
          {pools.map((pool) => (
            <Panel as="li" key={pool.id} data-testid="seat-pool">
              <h2 className="text-lg font-semibold">
                <TextLink href={`/company/${pool.id}`}>{pool.productTitle}</TextLink>
              </h2>
              <p>{t("seatAccounting", { bought: pool.bought, assigned: pool.assigned, free: pool.free })}</p>
              {pool.pendingOrders ? (
                <p className="text-sm text-slate-600">{t("pendingOrders", { count: pool.pendingOrders })}</p>
              ) : null}
              {pool.expiresAt ? (
                <p className="text-sm text-slate-600">
                  {t("periodEndsOn", { date: format.dateTime(pool.expiresAt, { dateStyle: "long" }) })}
                </p>
              ) : null}
            </Panel>
          ))}
        </ul>
      )}
    </div>
  );
}
