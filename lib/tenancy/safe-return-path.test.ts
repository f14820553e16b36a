import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps paths of this site", () => {
    expect(safeReturnPath("/dashboard?tab=1")).toBe("/dashboard?tab=1");
  });

  it("refuses other origins and non-strings", () => {
    for (const value of ["//evil.example/x", "https://evil.example", "/\\evil.example", "dashboard", null, 42]) {
      expect(safeReturnPath(value, "/home")).toBe("/home");
    }
  });
});
