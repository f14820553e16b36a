import { getTranslations } from "next-intl/server";

/**
 * "Export" (or `label`) with links to the same rows as CSV, Excel and PDF (a native disclosure: keyboard
 * accessible, no script). Every report's exports use it.
 */
export async function ExportMenu({ href, params, label }: { href: string; params: URLSearchParams; label?: string }) {
  const t = await getTranslations("Team");
  const link = (format: string) => {
    const query = new URLSearchParams(params);
    query.delete("page");
    query.set("format", format);
    return `${href}?${query.toString()}`;
  };
  return (
    <details className="relative">
      <summary className="flex min-h-11 cursor-pointer list-none items-center rounded border border-brand px-4 py-2 font-medium text-brand">
        {label ?? t("export")}
      </summary>
      <ul className="absolute end-0 z-10 mt-1 min-w-48 rounded border border-slate-300 bg-white py-1 shadow-lg">
        {(["csv", "xlsx", "pdf"] as const).map((format) => (
          <li key={format}>
            <a
              href={link(format)}
              className="block px-4 py-2 text-start hover:bg-slate-100 focus:bg-slate-100"
              data-testid={`export-${format}`}
              download
            >
              {t(`exportAs.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
