import { backTo } from "./back-to";

describe("backTo", () => {
  it("puts the outcome in the page's address, values encoded", () => {
    expect(backTo("/company/pool-1", { done: "assigned" })).toBe("/company/pool-1?done=assigned");
    expect(backTo("/products/p%2F1", { error: "seats invalid" })).toBe("/products/p%2F1?error=seats+invalid");
  });

  it("keeps the page's own query but replaces a former outcome", () => {
    expect(backTo("/team?page=2&done=suspended&q=ana", { error: "forbidden" })).toBe(
      "/team?page=2&q=ana&error=forbidden",
    );
  });

  it("leaves out empty values and uploaded files", () => {
    const file = new File(["x"], "x.txt");
    expect(backTo("/products/p1", { error: "conflict", pool: "", other: null, upload: file })).toBe(
      "/products/p1?error=conflict",
    );
  });
});
