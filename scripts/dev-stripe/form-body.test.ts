import { parseFormBody } from "./form-body";

describe("parseFormBody", () => {
  it("reads the Stripe SDK's bracketed form encoding into objects and arrays", () => {
    const body =
      "mode=payment&line_items[0][quantity]=2&line_items[0][price_data][currency]=usd&line_items[0][price_data][product_data][name]=A%20%26%20B&metadata[orderId]=o1&allow_promotion_codes=true";
    expect(parseFormBody(body)).toEqual({
      mode: "payment",
      line_items: [{ quantity: "2", price_data: { currency: "usd", product_data: { name: "A & B" } } }],
      metadata: { orderId: "o1" },
      allow_promotion_codes: "true",
    });
  });
});
