"use server";

import { revalidatePath } from "next/cache";
import { typedValues, type FormState } from "@/components/forms/form-state";
import { requireWcoAdmin } from "@/lib/auth/request-context";
import { Invalid } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locales";
import { createStoreProduct } from "@/lib/store/create-store-product";
import { updateStoreProduct } from "@/lib/store/update-store-product";
import { STORE_CURRENCIES, type Prices } from "@/lib/store/prices";

/** Prices typed as decimal amounts ("49.00"), in minor units; empty fields are no price. */
function pricesFrom(formData: FormData): Prices | null {
  const prices: Prices = {};
  for (const currency of STORE_CURRENCIES) {
    const raw = String(formData.get(`price.${currency}`) ?? "").trim().replace(",", ".");
    if (!raw) continue;
    if (!/^\d{1,7}(\.\d{1,2})?$/.test(raw)) return null;
    prices[currency] = Math.round(Number(raw) * 100);
  }
  return prices;
}

export async function createProductAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { viewer } = await requireWcoAdmin("/admin/store");
  const values = typedValues(formData);
  const prices = pricesFrom(formData);
  if (!prices) return { values, errors: { prices: "priceRequired" } };
  const texts = (field: string) => Object.fromEntries(LOCALES.flatMap((l) => (values[`${field}.${l}`]?.trim() ? [[l, values[`${field}.${l}`].trim()]] : [])));
  const kind = values.kind as "COURSE" | "BUNDLE" | "SUBSCRIPTION";
  try {
    await createStoreProduct(viewer, {
      kind,
      title: texts("title"),
      description: texts("description"),
      prices,
      periodMonths: kind === "SUBSCRIPTION" ? Number(values.periodMonths) || 0 : null,
      courseIds: kind === "SUBSCRIPTION" ? [] : formData.getAll("courseIds").map(String),
    });
  } catch (error) {
    if (error instanceof Invalid) return { values, errors: error.fields };
    throw error;
  }
  revalidatePath("/admin/store");
  return { values: {}, errors: {}, done: true };
}

export async function updateProductAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { viewer } = await requireWcoAdmin("/admin/store");
  const values = typedValues(formData);
  const prices = pricesFrom(formData);
  if (!prices) return { values, errors: { prices: "priceRequired" } };
  try {
    await updateStoreProduct(viewer, values.productId ?? "", { prices, active: values.active === "on" });
  } catch (error) {
    if (error instanceof Invalid) return { values, errors: error.fields };
    throw error;
  }
  revalidatePath("/admin/store");
  return { values, errors: {}, done: true };
}
