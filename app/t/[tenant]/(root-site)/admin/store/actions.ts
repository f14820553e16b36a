"use server";

import { Invalid } from "@/lib/errors";
import { formAction } from "@/lib/http/form-action";
import { LOCALES } from "@/lib/i18n/locales";
import { createStoreProduct } from "@/lib/store/create-store-product";
import { updateStoreProduct } from "@/lib/store/update-store-product";
import { STORE_CURRENCIES, type Prices } from "@/lib/store/prices";

/** Prices typed as decimal amounts ("49.00"), in minor units; empty fields are no price. */
function pricesFrom(formData: FormData): Prices {
  const prices: Prices = {};
  for (const currency of STORE_CURRENCIES) {
    const raw = String(formData.get(`price.${currency}`) ?? "")
      .trim()
      .replace(",", ".");
    if (!raw) continue;
    if (!/^\d{1,7}(\.\d{1,2})?$/.test(raw)) throw new Invalid({ prices: "priceRequired" });
    prices[currency] = Math.round(Number(raw) * 100);
  }
  return prices;
}

const PAGE = { signIn: "/admin/store", can: "store.administer", revalidate: "/admin/store" } as const;

const textsIn = (form: FormData, field: string) =>
  Object.fromEntries(
    LOCALES.flatMap((locale) => {
      const text = String(form.get(`${field}.${locale}`) ?? "").trim();
      return text ? [[locale, text]] : [];
    }),
  );

export const createProductAction = formAction(PAGE, async ({ viewer }, form) => {
  const prices = pricesFrom(form);
  const kind = String(form.get("kind") ?? "") as "COURSE" | "BUNDLE" | "SUBSCRIPTION";
  await createStoreProduct(viewer, {
    kind,
    title: textsIn(form, "title"),
    description: textsIn(form, "description"),
    prices,
    periodMonths: kind === "SUBSCRIPTION" ? Number(form.get("periodMonths")) || 0 : null,
    courseIds: kind === "SUBSCRIPTION" ? [] : form.getAll("courseIds").map(String),
  });
});

export const updateProductAction = formAction({ ...PAGE, keepValues: true }, ({ viewer }, form) =>
  updateStoreProduct(viewer, String(form.get("productId") ?? ""), {
    prices: pricesFrom(form),
    active: form.get("active") === "on",
  }),
);
