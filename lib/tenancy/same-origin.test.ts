import { isSameOrigin } from "./same-origin";

const post = (headers: Record<string, string>) =>
  new Request("http://ke.localhost:3000/api/preferences/language", { method: "POST", headers });

describe("same-origin check for form posts", () => {
  it("accepts a post from the page's own site only", () => {
    expect(isSameOrigin(post({ host: "ke.localhost:3000", origin: "http://ke.localhost:3000" }))).toBe(true);
    expect(isSameOrigin(post({ host: "ke.localhost:3000", origin: "http://be.localhost:3000" }))).toBe(false);
    expect(isSameOrigin(post({ host: "ke.localhost:3000", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(post({ host: "ke.localhost:3000" }))).toBe(false);
    expect(isSameOrigin(post({ host: "ke.localhost:3000", origin: "null" }))).toBe(false);
  });
});
