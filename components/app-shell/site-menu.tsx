import { Menu } from "lucide-react";
import type { ReactNode } from "react";

/**
 * The header's navigation and account controls: under 768 px behind a menu button (a <details> disclosure, so it
 * opens with the keyboard and without JavaScript, its state announced by the browser), from 768 px in the bar itself
 * (app/globals.css, `details.collapse-under-md`).
 */
export function SiteMenu({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="collapse-under-md ms-auto" data-testid="site-menu">
      <summary className="flex min-h-11 min-w-11 cursor-pointer list-none items-center justify-center gap-2 rounded px-2 hover:bg-white/10">
        <Menu size={24} aria-hidden="true" />
        <span>{label}</span>
      </summary>
      <div className="absolute inset-x-0 top-full z-20 flex flex-col gap-2 border-t border-white/20 bg-[var(--site-brand,var(--color-brand))] px-4 pt-2 pb-4 shadow-lg md:static md:z-auto md:flex-1 md:flex-row md:items-center md:gap-6 md:border-0 md:p-0 md:shadow-none">
        {children}
      </div>
    </details>
  );
}

/** A link of the header's navigation, 44 px high: a target a finger can hit. */
export const menuLinkClass = "flex min-h-11 items-center rounded px-2 hover:underline";
