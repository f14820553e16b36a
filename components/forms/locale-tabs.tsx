import { Check } from "lucide-react";
import { Link } from "@/components/ui/link";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * Links to the same page in each content language (?locale=, or the address `href` makes), the current one marked.
 * With `written`, a check mark where the text is written; with `untranslated` (the words for it), the languages
 * not written yet also say so, in a dashed frame, so an author sees what is left to translate.
 */
export function LocaleTabs({
  label,
  current,
  written = [],
  untranslated,
  href = (l) => `?locale=${l}`,
}: {
  label: string;
  current: Locale;
  written?: string[];
  untranslated?: string;
  href?: (locale: Locale) => string;
}) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {LOCALES.map((l) => {
          const missing = untranslated !== undefined && !written.includes(l);
          return (
            <li key={l}>
              <Link
                href={href(l)}
                aria-current={l === current ? "page" : undefined}
                data-untranslated={missing || undefined}
                className="inline-block rounded border border-slate-300 px-2 py-1 text-sm data-[untranslated]:border-dashed data-[untranslated]:border-slate-500 aria-[current=page]:bg-brand aria-[current=page]:text-white"
              >
                <span lang={l}>{LOCALE_NAMES[l]}</span>
                {written.includes(l) ? <Check size={14} aria-hidden="true" className="ms-1 inline" /> : null}
                {missing ? <span> ({untranslated})</span> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
