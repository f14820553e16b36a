import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";

interface LocaleFieldProps {
  name: string;
  label: string;
  defaultValue?: string;
  required?: boolean;
  error?: string;
}

/** A choice of one of the platform's languages, each named in itself. */
export function LocaleField({ defaultValue, ...field }: LocaleFieldProps) {
  return (
    <FormField {...field}>
      {(control) => (
        <Select {...control} defaultValue={defaultValue}>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );
}
