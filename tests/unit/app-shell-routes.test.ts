// The installable app's addresses answer on every site, and never on the content origin; the service worker keeps
// only the site's own pages and assets, never the content origin's files (docs/decisions/0044).
import { NextRequest } from "next/server";
import { isBuiltAsset, isCachablePage, isSiteImage } from "@/lib/pwa/cache-rules";
import { proxy } from "@/proxy";

const root = process.env.ROOT_DOMAIN ?? "localhost:3000";
const answer = (host: string, address: string) =>
  proxy(new NextRequest(`http://${host}${address}`, { headers: { host } }));
const rewrittenTo = (response: Response) => {
  const target = response.headers.get("x-middleware-rewrite");
  return target ? new URL(target).pathname : null;
};

describe("the installable app's addresses", () => {
  const sites = [root, `ke.${root}`, `academy.${root}`];

  it.each(sites)("serve the offline page of %s outside the site's route tree, with the page's policy", (host) => {
    const response = answer(host, "/offline");
    expect(rewrittenTo(response)).toBe("/offline");
    expect(response.headers.get("content-security-policy")).toContain("nonce-");
  });

  it("let every page of the sites register the site's own service worker", () => {
    expect(answer(`ke.${root}`, "/dashboard").headers.get("content-security-policy")).toContain("worker-src 'self'");
  });

  it.each(sites)("serve the service worker of %s as it is", (host) => {
    const response = answer(host, "/serwist/sw.js");
    expect(rewrittenTo(response)).toBeNull();
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });

  it("never serve a service worker on the content origin, whose pages are the authors'", () => {
    expect(rewrittenTo(answer(`content.${root}`, "/serwist/sw.js"))).toMatch(/^\/_unknown-site/);
    expect(rewrittenTo(answer(`content.${root}`, "/offline"))).toBe("/content/offline");
  });

  it("serve the content origin's own worker of downloaded courses from its route tree (ADR 0051)", () => {
    expect(rewrittenTo(answer(`content.${root}`, "/device/worker.js"))).toBe("/content/device/worker.js");
    expect(rewrittenTo(answer(`content.${root}`, "/download"))).toBe("/content/download");
  });
});

describe("what the service worker keeps", () => {
  const site = `http://ke.${root}`;
  const content = `http://content.${root}`;

  it("keeps the site's pages, but not its API, the learning player, conversations or another origin's pages", () => {
    expect(isCachablePage(new URL(`${site}/dashboard`), site)).toBe(true);
    expect(isCachablePage(new URL(`${site}/`), site)).toBe(true);
    expect(isCachablePage(new URL(`${site}/api/site/manifest`), site)).toBe(false);
    expect(isCachablePage(new URL(`${site}/learn/abc`), site)).toBe(false);
    // A conversation's message may be removed by a moderator: no device keeps its text.
    expect(isCachablePage(new URL(`${site}/messages/abc`), site)).toBe(false);
    expect(isCachablePage(new URL(`${site}/messages`), site)).toBe(false);
    expect(isCachablePage(new URL(`${content}/scorm/abc/index.html`), site)).toBe(false);
  });

  it("keeps the build's assets and the site's images from the site's origin only", () => {
    expect(isBuiltAsset(new URL(`${site}/_next/static/chunks/app.js`), site)).toBe(true);
    expect(isBuiltAsset(new URL(`${content}/_next/static/chunks/app.js`), site)).toBe(false);
    expect(isSiteImage(new URL(`${site}/api/site/icon/192?v=1`), site)).toBe(true);
    expect(isSiteImage(new URL(`${content}/media/token/video.webm`), site)).toBe(false);
  });

  it("never keeps a downloaded course's files: the content origin's worker serves them (ADR 0051)", () => {
    for (const path of ["/device/abc/package/def/index.html", "/offline/grant/outline.json", "/download"]) {
      expect(isCachablePage(new URL(`${content}${path}`), site)).toBe(false);
      expect(isBuiltAsset(new URL(`${content}${path}`), site)).toBe(false);
      expect(isSiteImage(new URL(`${content}${path}`), site)).toBe(false);
    }
  });
});
