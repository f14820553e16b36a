import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requireSignedIn } from "@/lib/auth/request-context";
import { NotFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { managerOn } from "@/lib/team/manager-on";

/** The Team pages' guard: a National Coordinator (their administration) or a WCO admin on the root site; else 404. */
export async function requireTeamManager(returnTo: string) {
  const context = await requireSignedIn(returnTo);
  const locale = (await getLocale()) as Locale;
  try {
    return { ...context, locale, manager: managerOn(context.site, context.viewer, locale) };
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
}

/** The first value of a search parameter. */
export const param = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

export const pageParam = (value: string | string[] | undefined): number => Math.max(1, Math.min(100_000, Number.parseInt(param(value), 10) || 1));

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
