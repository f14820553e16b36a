import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { SearchForm } from "@/components/forms/search-form";
import { DataTable } from "@/components/tables/data-table";
import { listAdministrations } from "@/lib/console/list-administrations";
import { rootDomain } from "@/lib/tenancy/host";
import { loadPage } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";
import { EmptyState } from "@/components/ui/empty-state";
import { TextLink } from "@/components/ui/text-link";

// The 186 Member administrations with their spaces and approvers, searchable and paged.
export default async function AdministrationsPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; page?: string }>;
}) {
  const { viewer } = await loadPage({ signIn: "/admin/administrations", can: "console.administer" });
  const params = await searchParams;
  const q = String(params.q ?? "");
  const [t, regions] = await Promise.all([getTranslations("Console"), getTranslations("Region")]);
  const result = await listAdministrations(viewer, { q, page: Number.parseInt(String(params.page ?? "1"), 10) || 1 });
  return (
    <div className="space-y-6">
      <PageTitle>{t("administrations")}</PageTitle>
      <SearchForm label={t("search")} button={t("searchButton")} q={q} />
      <p role="status" data-testid="result-count">
        {t("results", { count: result.total })}
      </p>
      {result.administrations.length === 0 ? (
        <EmptyState>{t("noMatch")}</EmptyState>
      ) : (
        <DataTable
          caption={t("administrations")}
          columns={[
            { label: t("name") },
            { label: t("code") },
            { label: t("region") },
            { label: t("space") },
            { label: t("approver") },
            { label: t("users"), align: "end" },
          ]}
        >
          {result.administrations.map((a) => (
            <tr key={a.countryCode} className="border-b border-slate-100" data-testid="administration-row">
              <td className="p-2">
                <TextLink
                  href={`/admin/administrations/${a.countryCode.toLowerCase()}`}
                  aria-label={t("manage", { name: a.name })}
                >
                  {a.name}
                </TextLink>
              </td>
              <td className="p-2">{a.countryCode}</td>
              <td className="p-2">{a.region ? regions(a.region) : ""}</td>
              <td className="p-2">
                {a.spaceEnabled ? t("spaceOn", { address: `${a.slug}.${rootDomain()}` }) : t("spaceOff")}
              </td>
              <td className="p-2">{a.approver ?? t("secretariat")}</td>
              <td className="p-2 text-end">{a.users}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} params={new URLSearchParams(q ? { q } : {})} />
    </div>
  );
}
