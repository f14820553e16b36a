// WCO staff publish PUBLIC core courses to the store as a product (one course, a bundle, or a subscription to
// every published course), with prices per currency. Audited. The database refuses a course that is not PUBLIC
// and core (StoreProductCourse's CHECK); this use case says so first, with a message.
import { fieldMessages } from "@/lib/field-messages";
import type { Viewer } from "@/lib/auth/load-viewer";
import { recordAudit } from "@/lib/console/audit-log";
import { asPlatform, type PlatformTx } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { academyTenantId } from "./store-context";
import { requireStoreAdmin } from "./store-admin";
import { productInputSchema, type ProductInput } from "./schemas";

/** A CHECK violation from the store's course links: the course is not PUBLIC and core. */
export function isStoreAudienceRefusal(error: unknown): boolean {
  const text =
    error instanceof Error ? `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? "")}` : "";
  return text.includes("StoreProductCourse_public_core_only");
}

/** Courses every subscription includes: those of the store's course and bundle products. */
async function linkSubscriptions(tx: PlatformTx, tenantId: string) {
  const [subscriptions, courses] = await Promise.all([
    tx.storeProduct.findMany({ where: { tenantId, kind: "SUBSCRIPTION" }, select: { id: true } }),
    tx.storeProductCourse.findMany({
      where: { product: { tenantId, kind: { not: "SUBSCRIPTION" } } },
      select: { courseId: true },
      distinct: ["courseId"],
    }),
  ]);
  const data = subscriptions.flatMap((s) =>
    courses.map((c, position) => ({
      tenantId,
      productId: s.id,
      courseId: c.courseId,
      audience: "PUBLIC" as const,
      position,
    })),
  );
  if (data.length) await tx.storeProductCourse.createMany({ data, skipDuplicates: true });
}

export async function createStoreProduct(actor: Viewer, input: ProductInput): Promise<string> {
  requireStoreAdmin(actor);
  const parsed = productInputSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const { kind, title, description, prices, periodMonths, courseIds } = parsed.data;
  const tenantId = await academyTenantId();
  try {
    return await asPlatform("store: WCO staff publish a product", async (tx) => {
      const courses = await tx.course.findMany({
        where: { id: { in: courseIds } },
        select: { id: true, isCore: true, audience: true, status: true },
      });
      if (courses.length !== courseIds.length) throw new Invalid({ courseIds: "courseRequired" });
      if (courses.some((c) => !c.isCore || c.audience !== "PUBLIC")) throw new Invalid({ courseIds: "notPublic" });
      if (courses.some((c) => c.status !== "PUBLISHED")) throw new Invalid({ courseIds: "notPublished" });
      const product = await tx.storeProduct.create({
        data: {
          tenantId,
          kind,
          title,
          description,
          prices,
          periodMonths: kind === "SUBSCRIPTION" ? periodMonths : null,
        },
        select: { id: true },
      });
      if (courseIds.length) {
        // The trigger fills owner, isCore and audience from the course; the values given here are placeholders.
        await tx.storeProductCourse.createMany({
          data: courseIds.map((courseId, position) => ({
            tenantId,
            productId: product.id,
            courseId,
            audience: "PUBLIC" as const,
            position,
          })),
        });
      }
      await linkSubscriptions(tx, tenantId);
      await recordAudit(tx, actor, {
        tenantId,
        action: "store.product.create",
        targetType: "StoreProduct",
        targetId: product.id,
        after: { kind, title, prices, periodMonths, courseIds },
      });
      return product.id;
    });
  } catch (error) {
    if (isStoreAudienceRefusal(error)) throw new Invalid({ courseIds: "notPublic" });
    throw error;
  }
}
