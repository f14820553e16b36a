import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** The code printed on a certificate, checked at /verify/<code>. */
export async function CertificateCodeForm() {
  const t = await getTranslations("Certificates");
  return (
    <form method="get" action="/verify" className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t("verifyCode")}</span>
        <Input
          name="code"
          required
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
          placeholder="XXXXX-XXXXX-XXXXX-XXXXX"
          className="w-72 max-w-full font-mono uppercase"
        />
      </label>
      <Button>{t("verifyButton")}</Button>
    </form>
  );
}
