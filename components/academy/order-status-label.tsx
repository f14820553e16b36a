import { getTranslations } from "next-intl/server";

export async function OrderStatusLabel({ status }: { status: string }) {
  const t = await getTranslations("Store");
  const tone =
    status === "PAID"
      ? "bg-green-50 text-green-900"
      : status === "PENDING"
        ? "bg-slate-100 text-slate-800"
        : "bg-red-50 text-red-900";
  return <span className={`rounded px-2 py-0.5 text-sm font-medium ${tone}`}>{t(`status.${status}`)}</span>;
}
