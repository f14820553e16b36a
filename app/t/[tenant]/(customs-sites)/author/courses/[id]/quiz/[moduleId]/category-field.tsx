import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";

export interface Category {
  id: string;
  name: string;
}

/** The bank category a question is filed in, or none. */
export function CategoryField({
  categories,
  defaultValue,
  error,
  name = "categoryId",
  id,
}: {
  categories: Category[];
  defaultValue: string;
  error?: string;
  name?: string;
  id?: string;
}) {
  const t = useTranslations("QuizAuthoring");
  return (
    <FormField name={name} id={id} label={t("category")} error={error}>
      {(control) => (
        <Select {...control} defaultValue={defaultValue}>
          <option value="">{t("noCategory")}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );
}
