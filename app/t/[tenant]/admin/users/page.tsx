import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { SearchForm } from "@/components/forms/search-form";
import { DataTable } from "@/components/tables/data-table";
import { requireWcoAdmin } from "@/lib/auth/request-context";
import { ASSIGNABLE_ROLES, searchUsers } from "@/lib/console/users";
import { RolesForm } from "./roles-form";
import { setRolesAction } from "./actions";

// Users of every tenant, searchable by name, username or e-mail, with their roles.
export default async function ConsoleUsersPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const { viewer } = await requireWcoAdmin("/admin/users");
  const params = await searchParams;
  const q = String(params.q ?? "");
  const [t, format] = await Promise.all([getTranslations("Console"), getFormatter()]);
  const result = await searchUsers(viewer, { q, page: Number.parseInt(String(params.page ?? "1"), 10) || 1 });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("users")}</h1>
      <SearchForm label={t("searchUsers")} button={t("searchButton")} q={q} />
      <p role="status" data-testid="result-count">{t("userResults", { count: result.total })}</p>
      {result.users.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4">{t("noUserMatch")}</p>
      ) : (
        <DataTable caption={t("users")} className="text-sm" columns={[{ label: t("fullName") }, { label: t("name") }, { label: t("status") }, { label: t("lastLogin") }, { label: t("roles") }]}>
          {result.users.map((user) => {
            const name = `${user.firstName} ${user.lastName}`;
            return (
              <tr key={user.id} className="border-b border-slate-100 align-top" data-testid="user-row">
                <td className="p-2"><span className="font-medium">{name}</span><br />{user.username} · {user.email}</td>
                <td className="p-2">{user.tenant.name}</td>
                <td className="p-2">{t(`userStatus.${user.status}`)}</td>
                <td className="p-2">{user.lastLoginAt ? format.dateTime(user.lastLoginAt, { dateStyle: "medium" }) : t("never")}</td>
                <td className="p-2"><RolesForm save={setRolesAction.bind(null, user.id)} name={name} roles={user.roles} assignable={ASSIGNABLE_ROLES} /></td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} params={new URLSearchParams(q ? { q } : {})} />
    </div>
  );
}
