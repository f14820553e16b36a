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

  it("item 1: refuses what the browser's URL parser turns into another origin (tab, CR, LF, backslash, //)", () => {
    for (const value of [
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r/evil.example",
      "/\t\\evil.example",
      "\t//evil.example",
      "/%09/evil.example".replace("%09", "\t"),
      "/\u0000/x",
      "/a\\..\\..\\/evil.example",
    ]) {
      expect(safeReturnPath(value, "/home")).toBe("/home");
    }
  });

  it("keeps the path the browser would open, encoded", () => {
    expect(safeReturnPath("/courses/a b?q=é#top")).toBe("/courses/a%20b?q=%C3%A9#top");
    expect(safeReturnPath("/a/../dashboard")).toBe("/dashboard");
  });
});
