import { getTranslations } from "next-intl/server";

/** Previous / next links that keep every other parameter of the URL. */
export async function Pagination({
  page,
  pageCount,
  params,
}: {
  page: number;
  pageCount: number;
  params: URLSearchParams;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("Catalogue");
  const href = (target: number) => {
    const next = new URLSearchParams(params);
    next.set("page", String(target));
    return `?${next.toString()}`;
  };
  return (
    <nav aria-label={t("pagination")} className="mt-6 flex items-center justify-between">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className="flex min-h-11 items-center rounded border border-slate-400 px-3">
          {t("previous")}
        </a>
      ) : (
        <span />
      )}
      <span>{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <a href={href(page + 1)} rel="next" className="flex min-h-11 items-center rounded border border-slate-400 px-3">
          {t("next")}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
