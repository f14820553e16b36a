import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";

/** Every site's footer: who the platform is for (Customs sites), and where to find help and whom to contact. */
export async function SiteFooter({ note }: { note?: string }) {
  const t = await getTranslations("Shell");
  return (
    <footer className="border-t border-slate-200 bg-white py-4 text-center text-sm text-slate-700">
      {note ? <p>{note}</p> : null}
      <p className="mt-1 flex flex-wrap justify-center gap-x-4">
        <TextLink href="/help" className="inline-flex min-h-11 items-center">
          {t("helpContact")}
        </TextLink>
        <TextLink href="/faq" className="inline-flex min-h-11 items-center">
          {t("faq")}
        </TextLink>
      </p>
    </footer>
  );
}
