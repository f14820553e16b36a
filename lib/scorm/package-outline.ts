// The table of contents of a package: the default organization's items as the manifest nests and titles
// them (groups and SCOs), read from the stored manifest. A stored package never changes, so the outline is
// kept per package.
import { readStoredFile } from "@/lib/content-store";
import { decodeXmlBytes, parseXml, type XmlElement } from "./xml";

export interface OutlineItem {
  title: string;
  /** The SCO's identifier when the item launches one; groups have none. */
  identifier: string | null;
  children: OutlineItem[];
}

const local = (name: string) => name.slice(name.indexOf(":") + 1);
const childrenNamed = (parent: XmlElement | undefined, name: string) =>
  parent?.children.filter((c) => local(c.name) === name) ?? [];
const titleOf = (element: XmlElement) => (childrenNamed(element, "title")[0]?.text ?? "").replace(/\s+/g, " ").trim();

function items(parent: XmlElement, scos: Set<string>): OutlineItem[] {
  return childrenNamed(parent, "item").flatMap((item) => {
    const identifier = item.attributes.get("identifier") ?? "";
    const children = items(item, scos);
    const launches = scos.has(identifier);
    // Items that launch nothing and hold nothing launchable (assets) are left out.
    if (!launches && children.length === 0) return [];
    return [{ title: titleOf(item) || identifier, identifier: launches ? identifier : null, children }];
  });
}

const cache = new Map<string, Promise<OutlineItem[]>>();

/** The outline of the package stored at `storageKey`, keeping only the SCOs named in `scoIdentifiers`. */
export function packageOutline(storageKey: string, scoIdentifiers: string[]): Promise<OutlineItem[]> {
  const key = `${storageKey}:${scoIdentifiers.join(",")}`;
  if (!cache.has(key)) {
    if (cache.size > 500) cache.clear();
    cache.set(
      key,
      (async () => {
        const bytes = await readStoredFile(storageKey, "imsmanifest.xml");
        const root = bytes ? parseXml(decodeXmlBytes(bytes)) : null;
        const container = root ? childrenNamed(root, "organizations")[0] : undefined;
        const organizations = childrenNamed(container, "organization");
        const wanted = container?.attributes.get("default");
        const organization = organizations.find((o) => o.attributes.get("identifier") === wanted) ?? organizations[0];
        return organization ? items(organization, new Set(scoIdentifiers)) : [];
      })(),
    );
  }
  return cache.get(key)!;
}
