// The demo's Academy store: one course, a bundle and a yearly subscription, all PUBLIC core courses.
// Created once (when the store has no product), so changes made in the console survive a restart.
import type { PrismaClient } from "../../lib/db/generated/client";

const PRODUCTS = [
  {
    kind: "COURSE" as const,
    codes: ["HS-101"],
    prices: { usd: 4900, eur: 4500, gbp: 3900 },
    title: {
      en: "Introduction to the Harmonized System",
      fr: "Introduction au Système harmonisé",
      es: "Introducción al Sistema Armonizado",
      pt: "Introdução ao Sistema Harmonizado",
      "pt-BR": "Introdução ao Sistema Harmonizado",
      ru: "Введение в Гармонизированную систему",
      ar: "مقدمة إلى النظام المنسق",
    },
  },
  {
    kind: "BUNDLE" as const,
    codes: ["VAL-101", "ECOM-101", "TFA-101"],
    prices: { usd: 12900, eur: 11900 },
    title: {
      en: "Trade compliance essentials",
      fr: "L'essentiel de la conformité commerciale",
      es: "Lo esencial del cumplimiento comercial",
      pt: "Essencial da conformidade comercial",
      "pt-BR": "Essencial da conformidade comercial",
      ru: "Основы соблюдения торговых требований",
      ar: "أساسيات الامتثال التجاري",
    },
  },
  {
    kind: "SUBSCRIPTION" as const,
    codes: [],
    periodMonths: 12,
    prices: { usd: 29900, eur: 27900 },
    title: {
      en: "WCO Academy yearly pass",
      fr: "Abonnement annuel à l'Académie de l'OMD",
      es: "Pase anual de la Academia de la OMA",
      pt: "Assinatura anual da Academia da OMA",
      "pt-BR": "Assinatura anual da Academia da OMA",
      ru: "Годовой абонемент Академии ВТамО",
      ar: "الاشتراك السنوي في أكاديمية المنظمة",
    },
  },
];

export async function seedStore(db: PrismaClient, academyTenantId: string): Promise<void> {
  if (await db.storeProduct.count()) return;
  const courses = new Map(
    (await db.course.findMany({ where: { isCore: true, audience: "PUBLIC" }, select: { id: true, code: true } })).map(
      (c) => [c.code, c.id],
    ),
  );
  const soldCodes = PRODUCTS.flatMap((p) => p.codes);
  for (const product of PRODUCTS) {
    const codes = product.kind === "SUBSCRIPTION" ? soldCodes : product.codes;
    await db.storeProduct.create({
      data: {
        tenantId: academyTenantId,
        kind: product.kind,
        title: product.title,
        prices: product.prices,
        periodMonths: product.periodMonths ?? null,
        // The trigger copies owner, isCore and audience from each course.
        courses: {
          create: codes
            .filter((code) => courses.has(code))
            .map((code, position) => ({
              tenantId: academyTenantId,
              courseId: courses.get(code)!,
              audience: "PUBLIC" as const,
              position,
            })),
        },
      },
    });
  }
}
