import { parseHost, siteOrigin } from "./host";

const ROOT = "localhost:3000";

describe("parseHost", () => {
  it("reads the root domain as the root site, whatever the case", () => {
    expect(parseHost("localhost:3000", ROOT)).toEqual({ kind: "root" });
    expect(parseHost("LocalHost:3000", ROOT)).toEqual({ kind: "root" });
  });

  it("reads an administration's subdomain as its tenant slug", () => {
    expect(parseHost("ke.localhost:3000", ROOT)).toEqual({ kind: "tenant", slug: "ke" });
    expect(parseHost("BE.localhost:3000", ROOT)).toEqual({ kind: "tenant", slug: "be" });
  });

  it("recognises the store and the content origin", () => {
    expect(parseHost("academy.localhost:3000", ROOT)).toEqual({ kind: "academy" });
    expect(parseHost("content.localhost:3000", ROOT)).toEqual({ kind: "content" });
    expect(parseHost("www.localhost:3000", ROOT)).toEqual({ kind: "www" });
  });

  it("never reads a reserved or malformed subdomain as a tenant", () => {
    for (const host of [
      "api.localhost:3000",
      "admin.localhost:3000",
      "static.localhost:3000",
      "wco.localhost:3000",
      "a.b.localhost:3000",
      "-x.localhost:3000",
      "x_y.localhost:3000",
    ]) {
      expect(parseHost(host, ROOT)).toEqual({ kind: "none" });
    }
  });

  it("does not mistake a look-alike domain for a subdomain", () => {
    expect(parseHost("evillocalhost:3000", ROOT)).toEqual({ kind: "root" });
    expect(parseHost("ke.localhost:3001", ROOT)).toEqual({ kind: "root" });
  });

  it("serves hosts outside the platform's domain as the root site", () => {
    expect(parseHost("127.0.0.1:3000", ROOT)).toEqual({ kind: "root" });
    expect(parseHost(undefined, ROOT)).toEqual({ kind: "root" });
  });
});

describe("siteOrigin", () => {
  it("builds the origin of each site", () => {
    expect(siteOrigin({ kind: "tenant", slug: "be" }, "http:", ROOT)).toBe("http://be.localhost:3000");
    expect(siteOrigin({ kind: "academy" }, "https:", "clikc.org")).toBe("https://academy.clikc.org");
    expect(siteOrigin({ kind: "root" }, "http:", ROOT)).toBe("http://localhost:3000");
  });
});
