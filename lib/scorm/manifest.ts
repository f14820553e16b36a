// Reads what the platform needs from a SCORM manifest (imsmanifest.xml): the version, the default
// organization, its items that launch a SCO, and every resource with the files it names.
import { refuse } from "./refuse";
import { readScoRuntimeParameters, type ScoRuntimeParameters, sequencingCollection } from "./sco-runtime-parameters";
import { readSequencingTree } from "./sequencing/read-sequencing";
import type { SequencingActivity } from "./sequencing/types";
import { parseXml, type XmlElement } from "./xml";

export type ScormVersion = "1.2" | "2004";

export type ManifestResource = {
  identifier: string;
  isSco: boolean;
  /** As written; null when the resource has no href. */
  href: string | null;
  /** xml:base values that apply, outermost first. */
  bases: string[];
  /** The hrefs of its <file> elements, as written. */
  files: string[];
};

export type ManifestSco = {
  identifier: string;
  title: string;
  resource: ManifestResource;
  parameters: string;
  runtime: ScoRuntimeParameters;
};

export type Manifest = {
  version: ScormVersion;
  title: string;
  defaultOrganization: string;
  scos: ManifestSco[];
  resources: ManifestResource[];
  /** SCORM 2004: the default organization's activity tree with its sequencing; null for 1.2. */
  sequencing: SequencingActivity | null;
};

const SCHEMA_VERSIONS: Record<string, ScormVersion> = {
  "1.2": "1.2",
  "CAM 1.3": "2004",
  "2004 3rd Edition": "2004",
  "2004 4th Edition": "2004",
};
const ADLCP_NAMESPACES: Record<string, ScormVersion> = {
  "http://www.adlnet.org/xsd/adlcp_rootv1p2": "1.2",
  "http://www.adlnet.org/xsd/adlcp_v1p3": "2004",
};

// Elements are matched on their local name: the IMS namespace is usually the default one, but not always.
function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

function childrenNamed(parent: XmlElement | undefined, name: string): XmlElement[] {
  return parent ? parent.children.filter((child) => localName(child.name) === name) : [];
}

function childNamed(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  return childrenNamed(parent, name)[0];
}

function* descendants(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* descendants(child);
}

function detectVersion(root: XmlElement): ScormVersion {
  const declared = childNamed(childNamed(root, "metadata"), "schemaversion")?.text.trim() ?? "";
  if (SCHEMA_VERSIONS[declared]) return SCHEMA_VERSIONS[declared];
  for (const element of descendants(root)) {
    for (const [name, value] of element.attributes) {
      if ((name === "xmlns" || name.startsWith("xmlns:")) && ADLCP_NAMESPACES[value.trim()])
        return ADLCP_NAMESPACES[value.trim()];
    }
  }
  return refuse("packageBadManifest"); // an IMS content package, but not a SCORM one
}

/** adlcp:scormtype (1.2) and adlcp:scormType (2004); either spelling is accepted in both versions. */
function isSco(resource: XmlElement): boolean {
  for (const [name, value] of resource.attributes) {
    if (localName(name).toLowerCase() === "scormtype") return value.trim().toLowerCase() === "sco";
  }
  return false;
}

function readResources(root: XmlElement): Map<string, ManifestResource> {
  const container = childNamed(root, "resources");
  const outerBases = [root.attributes.get("xml:base") ?? "", container?.attributes.get("xml:base") ?? ""];
  const resources = new Map<string, ManifestResource>();
  for (const element of childrenNamed(container, "resource")) {
    const identifier = element.attributes.get("identifier") ?? "";
    if (identifier === "" || resources.has(identifier)) refuse("packageBadManifest");
    resources.set(identifier, {
      identifier,
      isSco: isSco(element),
      href: element.attributes.get("href") ?? null,
      bases: [...outerBases, element.attributes.get("xml:base") ?? ""],
      files: childrenNamed(element, "file").map((file) => file.attributes.get("href") ?? ""),
    });
  }
  return resources;
}

function defaultOrganizationOf(root: XmlElement): XmlElement | undefined {
  const container = childNamed(root, "organizations");
  const organizations = childrenNamed(container, "organization");
  const wanted = container?.attributes.get("default");
  if (wanted === undefined) return organizations[0];
  return (
    organizations.find((organization) => organization.attributes.get("identifier") === wanted) ??
    refuse("packageBadManifest")
  );
}

/** Items in document order, each before the items nested in it. */
function* itemsOf(parent: XmlElement): Generator<XmlElement> {
  for (const item of childrenNamed(parent, "item")) {
    yield item;
    yield* itemsOf(item);
  }
}

function titleOf(element: XmlElement): string {
  return (childNamed(element, "title")?.text ?? "").replace(/\s+/g, " ").trim();
}

function scosOf(
  organization: XmlElement,
  resources: Map<string, ManifestResource>,
  version: ScormVersion,
  collection: Map<string, XmlElement>,
): ManifestSco[] {
  const scos: ManifestSco[] = [];
  const identifiers = new Set<string>();
  for (const item of itemsOf(organization)) {
    const reference = item.attributes.get("identifierref");
    if (reference === undefined) continue; // a folder of items
    const resource = resources.get(reference) ?? refuse("packageBadManifest");
    if (!resource.isSco) continue;
    // A SCO's identifier keys its learners' tracking data, so it must exist and be unique.
    const identifier = item.attributes.get("identifier") ?? "";
    if (identifier === "" || identifiers.has(identifier)) refuse("packageBadManifest");
    identifiers.add(identifier);
    scos.push({
      identifier,
      title: titleOf(item) || identifier,
      resource,
      parameters: item.attributes.get("parameters") ?? "",
      runtime: readScoRuntimeParameters(item, version, collection),
    });
  }
  return scos;
}

export function readManifest(xml: string): Manifest {
  const root = parseXml(xml);
  if (root === null || localName(root.name) !== "manifest") return refuse("packageBadManifest");
  const version = detectVersion(root);
  const resources = readResources(root);
  const organization = defaultOrganizationOf(root);
  const collection = sequencingCollection(root);
  const scos = organization ? scosOf(organization, resources, version, collection) : [];
  const launchable = new Set(scos.map((sco) => sco.identifier));
  return {
    version,
    title: (organization && titleOf(organization)) || root.attributes.get("identifier") || "",
    defaultOrganization: organization?.attributes.get("identifier") ?? "",
    scos,
    resources: [...resources.values()],
    sequencing: version === "2004" && organization ? readSequencingTree(organization, collection, launchable) : null,
  };
}
