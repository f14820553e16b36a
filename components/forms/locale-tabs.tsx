import { Check } from "lucide-react";
import Link from "next/link";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

/** Links to the same page in each content language (?locale=), the current one marked; a check mark where written. */
export function LocaleTabs({ label, current, written = [] }: { label: string; current: Locale; written?: string[] }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {LOCALES.map((l) => (
          <li key={l}>
            <Link
              href={`?locale=${l}`}
              lang={l}
              aria-current={l === current ? "page" : undefined}
              className="rounded border border-slate-300 px-2 py-1 text-sm aria-[current=page]:bg-brand aria-[current=page]:text-white"
            >
              {LOCALE_NAMES[l]}
              {written.includes(l) ? <Check size={14} aria-hidden="true" className="ms-1 inline" /> : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
