import { getTranslations } from "next-intl/server";
import { listAdministrations } from "@/lib/tenancy/list-administrations";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

/** The country filter of the WCO admins' team list and reports (coordinators see one administration). */
export async function CountryFilter({ value, className }: { value: string; className: string }) {
  const [t, administrations] = await Promise.all([getTranslations("Team"), listAdministrations()]);
  return (
    <div>
      <Label htmlFor="country">{t("column.country")}</Label>
      <Select id="country" name="country" defaultValue={value} className={className}>
        <option value="">{t("allCountries")}</option>
        {administrations.map((a) => (
          <option key={a.countryCode} value={a.countryCode}>
            {a.name}
          </option>
        ))}
      </Select>
    </div>
  );
}
