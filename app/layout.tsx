import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DocumentLanguage } from "@/components/i18n/document-language";
import { isLocale, textDirection } from "@/lib/i18n/locales";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Metadata");
  return { title: t("title"), description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const dir = isLocale(locale) ? textDirection(locale) : "ltr";
  return (
    <html lang={locale} dir={dir}>
      <body className="antialiased">
        <DocumentLanguage lang={locale} dir={dir} />
        <ClientMessages segment="root">{children}</ClientMessages>
      </body>
    </html>
  );
}
