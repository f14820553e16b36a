// Where an employee lands once their seat is accepted: the course itself when the product is one course,
// their courses otherwise (a bundle's or a subscription's courses are all there).
import type { PlatformTx } from "@/lib/db";

export async function seatLanding(tx: Pick<PlatformTx, "storeProductCourse">, productId: string): Promise<string> {
  const links = await tx.storeProductCourse.findMany({
    where: { productId },
    orderBy: { position: "asc" },
    select: { courseId: true },
    take: 2,
  });
  return links.length === 1 ? `/courses/${links[0].courseId}?tab=course` : "/dashboard";
}
