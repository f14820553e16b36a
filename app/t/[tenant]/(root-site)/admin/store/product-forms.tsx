"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { EMPTY_FORM } from "@/lib/http/form-state";
import { LOCALES } from "@/lib/i18n/locales";
import { STORE_CURRENCIES } from "@/lib/store/prices";
import { createProductAction, updateProductAction } from "./actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Label } from "@/components/ui/label";
import { Panel } from "@/components/ui/panel";

function PriceFields({ idPrefix, prices }: { idPrefix: string; prices?: Record<string, number> }) {
  const t = useTranslations("StoreAdmin");
  return (
    <fieldset className="flex flex-wrap gap-3">
      <legend className="font-medium">{t("prices")}</legend>
      {STORE_CURRENCIES.map((currency) => (
        <div key={currency}>
          <label htmlFor={`${idPrefix}-${currency}`} className="block text-sm">
            {currency.toUpperCase()}
          </label>
          <input
            id={`${idPrefix}-${currency}`}
            name={`price.${currency}`}
            inputMode="decimal"
            defaultValue={prices?.[currency] ? (prices[currency] / 100).toFixed(2) : ""}
            className="w-24 rounded border border-slate-400 px-2 py-1"
          />
        </div>
      ))}
    </fieldset>
  );
}

export function NewProductForm({ courses }: { courses: Array<{ id: string; code: string; title: string }> }) {
  const t = useTranslations("StoreAdmin");
  const fields = useTranslations("Fields");
  const [state, action, pending] = useActionState(createProductAction, EMPTY_FORM);
  const [kind, setKind] = useState("COURSE");
  const error = (name: string) =>
    state.errors[name] ? (
      <p className="text-sm text-red-800" role="alert">
        {fields(state.errors[name])}
      </p>
    ) : null;
  return (
    <Panel as="form" className="space-y-4" action={action}>
      {state.done ? (
        <Notice tone="success" compact>
          {t("created")}
        </Notice>
      ) : null}
      <div>
        <Label htmlFor="kind">{t("kind")}</Label>
        <select
          id="kind"
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          className="mt-1 rounded border border-slate-400 px-2 py-1"
        >
          {(["COURSE", "BUNDLE", "SUBSCRIPTION"] as const).map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="grid gap-2 sm:grid-cols-2">
        <legend className="font-medium">{t("titles")}</legend>
        {LOCALES.map((locale) => (
          <div key={locale}>
            <label htmlFor={`title-${locale}`} className="block text-sm">
              {t("titleIn", { locale })}
            </label>
            <input
              id={`title-${locale}`}
              name={`title.${locale}`}
              dir="auto"
              className="w-full rounded border border-slate-400 px-2 py-1"
            />
          </div>
        ))}
      </fieldset>
      {error("title")}
      <div>
        <Label htmlFor="description-en">{t("description")}</Label>
        <textarea
          id="description-en"
          name="description.en"
          rows={2}
          className="w-full rounded border border-slate-400 px-2 py-1"
        />
      </div>
      <PriceFields idPrefix="new" />
      {error("prices")}
      {kind === "SUBSCRIPTION" ? (
        <div>
          <Label htmlFor="periodMonths">{t("periodMonths")}</Label>
          <input
            id="periodMonths"
            name="periodMonths"
            type="number"
            min={1}
            max={36}
            defaultValue={12}
            className="mt-1 w-24 rounded border border-slate-400 px-2 py-1"
          />
          {error("periodMonths")}
        </div>
      ) : (
        <fieldset>
          <legend className="font-medium">{t("courses")}</legend>
          <p className="text-sm text-slate-600">{t("coursesHint")}</p>
          <ul className="mt-1 max-h-64 overflow-y-auto rounded border border-slate-200 p-2">
            {courses.map((course) => (
              <li key={course.id}>
                <label className="flex gap-2">
                  <input type={kind === "COURSE" ? "radio" : "checkbox"} name="courseIds" value={course.id} />
                  <span>
                    {course.code} – {course.title}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {error("courseIds")}
        </fieldset>
      )}
      <Button disabled={pending}>{t("create")}</Button>
    </Panel>
  );
}

export function EditProductForm({
  product,
}: {
  product: { id: string; prices: Record<string, number>; active: boolean };
}) {
  const t = useTranslations("StoreAdmin");
  const fields = useTranslations("Fields");
  const [state, action, pending] = useActionState(updateProductAction, EMPTY_FORM);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="productId" value={product.id} />
      <PriceFields idPrefix={product.id} prices={product.prices} />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="active" defaultChecked={product.active} />
        {t("active")}
      </label>
      {state.errors.prices ? (
        <p role="alert" className="text-sm text-red-800">
          {fields(state.errors.prices)}
        </p>
      ) : null}
      {state.done ? (
        <p role="status" className="text-sm text-green-900">
          {t("saved")}
        </p>
      ) : null}
      <Button disabled={pending} variant="secondary" size="sm">
        {t("save")}
      </Button>
    </form>
  );
}
