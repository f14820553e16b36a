import { isMalformedUrl } from "./malformed-url.mjs";

describe("isMalformedUrl", () => {
  it("item 4: finds NUL bytes in the query and invalid percent-encoding in the path", () => {
    for (const url of [
      "/find-learning?q=%00",
      "/api/catalogue?q=a%00b",
      "/team?q=x&%00=1",
      "/verify/%ED%A0%80",
      "/files/token/%E0%A4%A",
      "/a%00b",
      "/files/t/%",
    ]) {
      expect(isMalformedUrl(url)).toBe(true);
    }
  });

  it("lets ordinary addresses through", () => {
    for (const url of [
      "/",
      "/find-learning?q=caf%C3%A9+douane&type=E_LEARNING",
      "/files/token/index%20page.html",
      "/verify/ABCD-1234",
      "/team?q=%E0%A4%A",
      "/courses/x#%ED",
    ]) {
      expect(isMalformedUrl(url)).toBe(false);
    }
  });
});
