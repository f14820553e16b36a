// The store's products for WCO staff, paged.
import type { Viewer } from "@/lib/auth/load-viewer";
import { asPlatform } from "@/lib/db";
import { academyTenantId } from "./store-context";
import { requireStoreAdmin } from "./store-admin";
import { parsePrices } from "./prices";

export interface AdminProductRow {
  id: string;
  kind: "COURSE" | "BUNDLE" | "SUBSCRIPTION";
  title: Record<string, string>;
  prices: Record<string, number>;
  periodMonths: number | null;
  active: boolean;
  courseCodes: string[];
  orders: number;
}

export async function listStoreProductsForAdmin(
  actor: Viewer,
  page: number,
  pageSize = 25,
): Promise<{ rows: AdminProductRow[]; total: number }> {
  requireStoreAdmin(actor);
  const tenantId = await academyTenantId();
  return asPlatform("store: WCO staff list the products", async (tx) => {
    const [rows, total] = await Promise.all([
      tx.storeProduct.findMany({
        where: { tenantId },
        orderBy: { createdAt: "desc" },
        skip: (Math.max(1, page) - 1) * pageSize,
        take: pageSize,
        include: {
          courses: { orderBy: { position: "asc" }, select: { course: { select: { code: true } } } },
          _count: { select: { orders: { where: { status: "PAID" } } } },
        },
      }),
      tx.storeProduct.count({ where: { tenantId } }),
    ]);
    return {
      total,
      rows: rows.map((p) => ({
        id: p.id,
        kind: p.kind,
        title: p.title as Record<string, string>,
        prices: parsePrices(p.prices) as Record<string, number>,
        periodMonths: p.periodMonths,
        active: p.active,
        courseCodes: p.courses.map((c) => c.course.code),
        orders: p._count.orders,
      })),
    };
  });
}
