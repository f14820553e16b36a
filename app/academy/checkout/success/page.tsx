import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrderStatus } from "./order-status";
import { UUID } from "@/lib/ids";
import { loadPage } from "@/lib/http/load-page";
import { Panel } from "@/components/ui/panel";

export default async function CheckoutSuccessPage({ searchParams }: { searchParams: Promise<{ order?: string }> }) {
  const [{ order }, { viewer }, t] = await Promise.all([searchParams, loadPage(), getTranslations("Store")]);
  if (!viewer || !order || !UUID.test(order)) notFound();
  return (
    <Panel as="div" roomy className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("thankYou")}</h1>
      <OrderStatus
        orderId={order}
        labels={{
          waiting: t("confirming"),
          paid: t("confirmed"),
          paidSeats: t("confirmedSeats"),
          failed: t("notPaid"),
          startCourse: t("startCourse"),
          myLearning: t("nav.myLearning"),
          manageSeats: t("manageSeats"),
        }}
      />
    </Panel>
  );
}
