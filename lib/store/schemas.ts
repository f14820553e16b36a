// The store's input rules: products (WCO staff), checkout (buyers), seats (company managers). Messages are
// keys of the store forms' "Fields" messages.
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { pricesSchema, STORE_CURRENCIES } from "./prices";

const texts = z.partialRecord(z.enum(LOCALES), z.string().trim().max(2000, "tooLong"));

export const productInputSchema = z
  .object({
    kind: z.enum(["COURSE", "BUNDLE", "SUBSCRIPTION"]),
    title: texts.refine((t) => Boolean(t.en?.trim()), "titleRequired"),
    description: texts,
    prices: pricesSchema.refine((p) => Object.keys(p).length > 0, "priceRequired"),
    periodMonths: z.number().int().min(1, "periodRequired").max(36, "periodRequired").nullable(),
    courseIds: z.array(z.uuid("courseRequired")).max(50),
  })
  .superRefine((input, issues) => {
    if (input.kind === "COURSE" && input.courseIds.length !== 1)
      issues.addIssue({ code: "custom", path: ["courseIds"], message: "oneCourse" });
    if (input.kind === "BUNDLE" && input.courseIds.length < 2)
      issues.addIssue({ code: "custom", path: ["courseIds"], message: "twoCourses" });
    if (input.kind === "SUBSCRIPTION" && !input.periodMonths)
      issues.addIssue({ code: "custom", path: ["periodMonths"], message: "periodRequired" });
  });

export type ProductInput = z.input<typeof productInputSchema>;

export const productUpdateSchema = z.object({
  prices: pricesSchema.refine((p) => Object.keys(p).length > 0, "priceRequired"),
  active: z.boolean(),
});
export type ProductUpdate = z.input<typeof productUpdateSchema>;

export const MAX_SEATS = 500;

export const checkoutSchema = z.object({
  productId: z.uuid(),
  currency: z.enum(STORE_CURRENCIES, "currencyRequired"),
  /** Seats for the buyer's company; absent: for the buyer. */
  seats: z.coerce.number().int("seatsInvalid").min(1, "seatsInvalid").max(MAX_SEATS, "seatsInvalid").optional(),
  /** Adds the seats to an existing pool of the buyer's. */
  poolId: z.uuid().optional(),
});

export type CheckoutInput = z.input<typeof checkoutSchema>;

/** The address a company manager gives a seat to. */
export const emailSchema = z.string().trim().toLowerCase().max(254, "tooLong").pipe(z.email("emailFormat"));
