// The proxy against the route tree: every page of app/t/[tenant] sits in a route group naming the sites that
// have it, and the proxy sends each site's requests to exactly those pages (the Academy reaches the pages of
// every site and its store, never a page of the Customs sites).
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { EVERY_SITE_PATHS } from "@/lib/tenancy/every-site-paths";
import { proxy } from "@/proxy";

const TENANT_TREE = "app/t/[tenant]";
const GROUPS = ["(every-site)", "(customs-sites)", "(root-site)"];

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? pages(file) : name === "page.tsx" ? [file] : [];
  });
}

/** A page file's address, with a sample value for each dynamic segment and the groups left out. */
function addressOf(file: string, tree: string): string {
  const segments = path
    .dirname(path.relative(tree, file))
    .split(path.sep)
    .filter((part) => part !== "." && !/^\(.+\)$/.test(part));
  return `/${segments.map((part) => (part.startsWith("[...") ? "a/b" : part.startsWith("[") ? "sample" : part)).join("/")}`;
}

function rewriteOf(host: string, address: string): string {
  const response = proxy(new NextRequest(`http://${host}${address}`, { headers: { host } }));
  return new URL(response.headers.get("x-middleware-rewrite")!).pathname;
}

const root = process.env.ROOT_DOMAIN ?? "localhost:3000";
const inGroup = (group: string) => pages(path.join(TENANT_TREE, group)).map((file) => addressOf(file, TENANT_TREE));
const join = (prefix: string, address: string) => `${prefix}${address === "/" ? "" : address}`;

describe("the route tree", () => {
  it("holds every page of the platform's sites in a group that names the sites having it", () => {
    const ungrouped = readdirSync(TENANT_TREE).filter(
      (name) => !GROUPS.includes(name) && !["layout.tsx", "error.tsx"].includes(name),
    );
    expect(ungrouped).toEqual([]);
  });

  it("lists in the proxy exactly the pages of every site", () => {
    const tops = new Set(
      inGroup("(every-site)").map(
        (address) =>
          EVERY_SITE_PATHS.find((prefix) => address === prefix || address.startsWith(`${prefix}/`)) ?? address,
      ),
    );
    expect([...tops].sort()).toEqual([...EVERY_SITE_PATHS].sort());
  });
});

describe("the proxy", () => {
  const everySite = inGroup("(every-site)");
  const customsOnly = [...inGroup("(customs-sites)"), ...inGroup("(root-site)")];
  const store = pages("app/academy").map((file) => addressOf(file, "app/academy"));

  it.each([...everySite, ...customsOnly])(
    "serves %s of the root site and of an administration's space from their trees",
    (address) => {
      expect(rewriteOf(root, address)).toBe(join("/t/wco", address));
      expect(rewriteOf(`ke.${root}`, address)).toBe(join("/t/ke", address));
    },
  );

  it.each(everySite)("serves %s of the Academy from the pages of every site", (address) => {
    expect(rewriteOf(`academy.${root}`, address)).toBe(join("/t/academy", address));
  });

  it.each([...customsOnly, ...store])("never serves %s of the Academy from the Customs sites' pages", (address) => {
    expect(rewriteOf(`academy.${root}`, address)).toBe(join("/academy", address));
  });
});
