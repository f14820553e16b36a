import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import en from "@/messages/en.json";
import { SEGMENT_NAMESPACES, clientMessages, type ClientSegment } from "./client-messages";

const ROOT = process.cwd();
const TENANT_TREE = "app/t/[tenant]/";

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(path.join(ROOT, file)).isDirectory()
      ? sources(file)
      : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)
        ? [file]
        : [];
  });
}

const files = ["app", "components"].flatMap(sources);
const text = new Map(files.map((file) => [file, readFileSync(path.join(ROOT, file), "utf8")]));
const namespacesOf = (file: string) => [
  ...new Set([...text.get(file)!.matchAll(/useTranslations\("([A-Za-z]+)/g)].map((match) => match[1])),
];

/** The segments whose pages render `file`: its own, or for a shared component, those of every file importing it. */
function segmentsOf(file: string, seen = new Set<string>()): string[] {
  if (file.startsWith("app/academy/")) return ["academy"];
  if (file.startsWith(TENANT_TREE)) {
    // Route groups ("(every-site)") name the sites, not the segment.
    const first = file
      .slice(TENANT_TREE.length)
      .split("/")
      .filter((part) => !/^\(.+\)$/.test(part))[0];
    return [first.endsWith(".tsx") || first.endsWith(".ts") ? "root" : first];
  }
  if (file.startsWith("app/")) return ["root"];
  seen.add(file);
  return files
    .filter((other) => !seen.has(other) && imports(other).includes(file.replace(/\.tsx?$/, "")))
    .flatMap((importer) => segmentsOf(importer, seen));
}

/** The layout of `segment` in every route group that has the segment. */
function segmentLayouts(segment: string): string[] {
  const groups = readdirSync(path.join(ROOT, TENANT_TREE)).filter((name) => /^\(.+\)$/.test(name));
  return groups
    .filter((group) => existsSync(path.join(ROOT, TENANT_TREE, group, segment)))
    .map((group) => `${TENANT_TREE}${group}/${segment}/layout.tsx`);
}

/** A layout's text, following a layout that re-exports another group's. */
function layoutText(layout: string): string {
  const source = readFileSync(path.join(ROOT, layout), "utf8");
  const reexport = /^export \{ default \} from "([^"]+)";/.exec(source.trim());
  return reexport ? layoutText(`${path.join(path.dirname(layout), reexport[1])}.tsx`) : source;
}

/** The project files a file imports, by their path without extension. */
function imports(file: string): string[] {
  return [...text.get(file)!.matchAll(/from "(@\/|\.{1,2}\/)([^"]+)"/g)].map(([, prefix, rest]) =>
    prefix === "@/" ? rest : path.join(path.dirname(file), prefix + rest),
  );
}

describe("messages sent to client components", () => {
  it("include, in every part of the site, each namespace its components read with the useTranslations hook", () => {
    const missing: string[] = [];
    for (const file of files) {
      const used = namespacesOf(file);
      if (!used.length) continue;
      const segments = segmentsOf(file);
      if (!segments.length) missing.push(`${file}: not rendered anywhere`);
      for (const segment of segments) {
        const provided: readonly string[] = [
          ...SEGMENT_NAMESPACES.root,
          ...((SEGMENT_NAMESPACES as Record<string, readonly string[]>)[segment] ?? []),
        ];
        for (const namespace of used)
          if (!provided.includes(namespace)) missing.push(`${file}: ${namespace} in ${segment}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("are provided by each segment's layout, and name only namespaces that exist", () => {
    for (const segment of Object.keys(SEGMENT_NAMESPACES).filter((s) => s !== "root") as ClientSegment[]) {
      const layouts = segment === "academy" ? ["app/academy/layout.tsx"] : segmentLayouts(segment);
      expect(layouts.length).toBeGreaterThan(0);
      for (const layout of layouts)
        expect(existsSync(path.join(ROOT, layout)) && layoutText(layout)).toContain(`segment="${segment}"`);
      for (const namespace of SEGMENT_NAMESPACES[segment]) expect(en).toHaveProperty(namespace);
    }
    expect(readFileSync(path.join(ROOT, "app/layout.tsx"), "utf8")).toContain('segment="root"');
  });

  it("name their namespaces literally, so that the check above can read them", () => {
    for (const [file, source] of text)
      expect([file, /useTranslations\((?!"[A-Za-z]+[."])/.test(source)]).toEqual([file, false]);
  });

  it("leave every other namespace out", () => {
    expect(Object.keys(clientMessages(en, "dashboard"))).toEqual(["OfflineDownload", "Tasks"]);
    expect(clientMessages(en, "root")).not.toHaveProperty("Email");
  });
});
