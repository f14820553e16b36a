// The Academy's pages are named for its customers: "WCO Academy" and what it offers, not the Customs platform.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function academyMetadata(): Promise<Metadata> {
  const t = await getTranslations("Academy");
  return { title: t("title"), description: t("intro") };
}
