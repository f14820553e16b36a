import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { listSeatPools } from "@/lib/store/seats/list-seat-pools";
import { loadPage } from "@/lib/http/load-page";

export default async function CompanyPage() {
  const [{ viewer }, locale, t, format] = await Promise.all([loadPage({ signIn: "/company", can: "store.manageCompany" }), getLocale(), getTranslations("Store"), getFormatter()]);
  const pools = await listSeatPools(viewer, locale);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("companyTitle")}</h1>
      <p className="text-slate-700">{t("companyIntro")}</p>
      {pools.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6">
          {t("noPools")} <Link href="/" className="font-medium text-brand underline">{t("browseStore")}</Link>
        </p>
      ) : (
        <ul className="space-y-3">
          {pools.map((pool) => (
            <li key={pool.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="seat-pool">
              <h2 className="text-lg font-semibold"><Link href={`/company/${pool.id}`} className="text-brand underline">{pool.productTitle}</Link></h2>
              <p>{t("seatAccounting", { bought: pool.bought, assigned: pool.assigned, free: pool.free })}</p>
              {pool.pendingOrders ? <p className="text-sm text-slate-600">{t("pendingOrders", { count: pool.pendingOrders })}</p> : null}
              {pool.expiresAt ? <p className="text-sm text-slate-600">{t("periodEndsOn", { date: format.dateTime(pool.expiresAt, { dateStyle: "long" }) })}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
