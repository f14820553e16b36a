import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { SearchForm } from "@/components/forms/search-form";
import { DataTable } from "@/components/tables/data-table";
import { ASSIGNABLE_ROLES } from "@/lib/console/set-user-roles";
import { searchUsers } from "@/lib/console/search-users";
import { RolesForm } from "./roles-form";
import { loadPage } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";
import { EmptyState } from "@/components/ui/empty-state";
import { setRolesAction } from "./actions";

// Users of every tenant, searchable by name, username or e-mail, with their roles.
export default async function ConsoleUsersPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; page?: string }>;
}) {
  const { viewer } = await loadPage({ signIn: "/admin/users", can: "console.administer" });
  const params = await searchParams;
  const q = String(params.q ?? "");
  const [t, format] = await Promise.all([getTranslations("Console"), getFormatter()]);
  const result = await searchUsers(viewer, { q, page: Number.parseInt(String(params.page ?? "1"), 10) || 1 });
  return (
    <div className="space-y-6">
      <PageTitle>{t("users")}</PageTitle>
      <SearchForm label={t("searchUsers")} button={t("searchButton")} q={q} />
      <p role="status" data-testid="result-count">
        {t("userResults", { count: result.total })}
      </p>
      {result.users.length === 0 ? (
        <EmptyState>{t("noUserMatch")}</EmptyState>
      ) : (
        <DataTable
          caption={t("users")}
          className="text-sm"
          columns={[
            { label: t("fullName") },
            { label: t("name") },
            { label: t("status") },
            { label: t("lastLogin") },
            { label: t("roles") },
          ]}
        >
          {result.users.map((user) => {
            const name = `${user.firstName} ${user.lastName}`;
            return (
              <tr key={user.id} className="border-b border-slate-100 align-top" data-testid="user-row">
                <td className="p-2">
                  <span className="font-medium">{name}</span>
                  <br />
                  {user.username} · {user.email}
                </td>
                <td className="p-2">{user.tenant.name}</td>
                <td className="p-2">{t(`userStatus.${user.status}`)}</td>
                <td className="p-2">
                  {user.lastLoginAt ? format.dateTime(user.lastLoginAt, { dateStyle: "medium" }) : t("never")}
                </td>
                <td className="p-2">
                  <RolesForm
                    save={setRolesAction.bind(null, user.id)}
                    name={name}
                    roles={user.roles}
                    assignable={ASSIGNABLE_ROLES}
                  />
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} params={new URLSearchParams(q ? { q } : {})} />
    </div>
  );
}
