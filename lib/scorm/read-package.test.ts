import { strFromU8, strToU8, zipSync, type Zippable } from "fflate";
import { Invalid } from "@/lib/errors";
import { withParameters } from "./package-href";
import { readScormPackage, type PackageLimits } from "./read-package";

// Every fixture is built here with fflate, and patched by hand where zipSync cannot express the attack.

const NS_12 = `xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"`;
const NS_2004 = `xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss"`;

function manifest12({
  metadata = "<schema>ADL SCORM</schema><schemaversion>1.2</schemaversion>",
  namespaces = NS_12,
  scormType = "sco",
  files = `<file href="sco1/index.html"/><file href="shared/style.css"/>`,
} = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="com.wco.risk" version="1.0" ${namespaces}>
  <metadata>${metadata}</metadata>
  <organizations default="ORG-1">
    <organization identifier="ORG-1">
      <title>Risk management &amp; profiling</title>
      <item identifier="ITEM-1" identifierref="RES-1" parameters="?lang=en"><title>Module 1: Risk</title></item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="RES-1" type="webcontent" adlcp:scormtype="${scormType}" href="sco1/index.html">${files}</resource>
  </resources>
</manifest>`;
}

const MANIFEST_2004 = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="com.wco.hs" version="1" ${NS_2004}>
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="ORG-MAIN">
    <organization identifier="ORG-OTHER">
      <title>Not the default</title>
      <item identifier="OTHER-1" identifierref="RES-C"><title>Elsewhere</title></item>
    </organization>
    <organization identifier="ORG-MAIN">
      <title>Harmonized System</title>
      <item identifier="PART-1">
        <title>Part 1</title>
        <item identifier="SCO-A" identifierref="RES-A"><title>Chapter A</title></item>
        <item identifier="GLOSSARY" identifierref="RES-ASSET"><title>Glossary</title></item>
        <item identifier="SCO-B" identifierref="RES-B" parameters="&amp;mode=review&amp;lang=fr"><title>Chapter B</title></item>
      </item>
      <item identifier="SCO-C" identifierref="RES-C" parameters="#page2"><title>  Final
        assessment </title></item>
      <imsss:sequencing><imsss:controlMode flow="true"/></imsss:sequencing>
    </organization>
  </organizations>
  <resources xml:base="content/">
    <resource identifier="RES-A" type="webcontent" adlcp:scormType="sco" href="a/index.html"><file href="a/index.html"/></resource>
    <resource identifier="RES-B" type="webcontent" adlcp:scormType="sco" href="b/start.html?mode=normal"><file href="b/start.html"/></resource>
    <resource identifier="RES-C" type="webcontent" adlcp:scormType="sco" xml:base="c/" href="./index.html"><file href="index.html"/></resource>
    <resource identifier="RES-ASSET" type="webcontent" adlcp:scormType="asset" href="glossary.html"><file href="glossary.html"/><file href="http://www.wcoomd.org/"/></resource>
  </resources>
</manifest>`;

function package12(extra: Zippable = {}, manifest = manifest12()): Uint8Array {
  return zipSync({
    "imsmanifest.xml": strToU8(manifest),
    "sco1/index.html": strToU8("<html>Module 1</html>"),
    "shared/style.css": strToU8("body { margin: 0 }"),
    ...extra,
  });
}

function package2004(): Uint8Array {
  return zipSync({
    "imsmanifest.xml": strToU8(MANIFEST_2004),
    "content/": new Uint8Array(0),
    "content/a/index.html": strToU8("A"),
    "content/b/start.html": strToU8("B"),
    "content/c/index.html": strToU8("C"),
    "content/glossary.html": strToU8("G"),
  });
}

/** The error code a package is refused with; fails the test when it is accepted or fails otherwise. */
async function refusal(zip: Uint8Array, limits?: Partial<PackageLimits>): Promise<string> {
  try {
    await readScormPackage(zip, limits);
  } catch (error) {
    if (error instanceof Invalid) return error.fields.package;
    throw error;
  }
  throw new Error("the package was accepted");
}

// Central directory file header fields (APPNOTE 4.3.12), from the header's start.
const CD = {
  method: 10,
  compressedSize: 20,
  uncompressedSize: 24,
  nameLength: 28,
  externalAttributes: 38,
  localOffset: 42,
  name: 46,
};

/** Copies the archive and lets `patch` rewrite the central directory header of the entry named `name`. */
function patchEntry(zip: Uint8Array, name: string, patch: (view: DataView, at: number) => void): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const eocd = copy.byteLength - 22; // zipSync writes no archive comment
  expect(view.getUint32(eocd, true)).toBe(0x06054b50);
  let at = view.getUint32(eocd + 16, true);
  for (let index = 0; index < view.getUint16(eocd + 10, true); index++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + CD.nameLength, true);
    if (strFromU8(copy.subarray(at + CD.name, at + CD.name + nameLength)) === name) {
      patch(view, at);
      return copy;
    }
    at += CD.name + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  throw new Error(`no entry ${name}`);
}

/** Rewrites an archive the way ZIP64 writers do: saturated 32-bit fields, ZIP64 extra fields and end records. */
function toZip64(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.byteLength - 22;
  const count = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  const parts: Uint8Array[] = [zip.subarray(0, directoryOffset)];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    const [nameLength, extraLength, commentLength] = [28, 30, 32].map((field) => view.getUint16(at + field, true));
    const header = zip.slice(at, at + CD.name + nameLength + extraLength);
    const headerView = new DataView(header.buffer);
    const extra = new DataView(new ArrayBuffer(28));
    extra.setUint16(0, 0x0001, true);
    extra.setUint16(2, 24, true);
    for (const [slot, field] of [CD.uncompressedSize, CD.compressedSize, CD.localOffset].entries()) {
      extra.setBigUint64(4 + slot * 8, BigInt(view.getUint32(at + field, true)), true);
      headerView.setUint32(field, 0xffffffff, true);
    }
    headerView.setUint16(30, extraLength + 28, true);
    parts.push(
      header,
      new Uint8Array(extra.buffer),
      zip.subarray(at + CD.name + nameLength + extraLength, at + CD.name + nameLength + extraLength + commentLength),
    );
    at += CD.name + nameLength + extraLength + commentLength;
  }
  const directorySize = parts.slice(1).reduce((sum, part) => sum + part.byteLength, 0);
  const records = new DataView(new ArrayBuffer(56 + 20 + 22));
  const record = directoryOffset + directorySize;
  records.setUint32(0, 0x06064b50, true);
  records.setBigUint64(4, 44n, true);
  records.setBigUint64(24, BigInt(count), true);
  records.setBigUint64(32, BigInt(count), true);
  records.setBigUint64(40, BigInt(directorySize), true);
  records.setBigUint64(48, BigInt(directoryOffset), true);
  records.setUint32(56, 0x07064b50, true);
  records.setBigUint64(64, BigInt(record), true);
  records.setUint32(72, 1, true);
  records.setUint32(76, 0x06054b50, true);
  for (const field of [84, 86]) records.setUint16(field, 0xffff, true);
  for (const field of [88, 92]) records.setUint32(field, 0xffffffff, true);
  parts.push(new Uint8Array(records.buffer));
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  parts.reduce((offset, part) => (out.set(part, offset), offset + part.byteLength), 0);
  return out;
}

function unixMode(zip: Uint8Array, name: string, mode: number): Uint8Array {
  return patchEntry(zip, name, (view, at) => {
    view.setUint8(at + 5, 3); // "version made by": Unix
    view.setUint32(at + CD.externalAttributes, mode * 0x10000, true);
  });
}

/** Bytes that deflate cannot shrink, the same on every run. */
function noise(length: number, seed = 1): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

const MiB = 1024 * 1024;
let zerosPackage: Uint8Array | undefined;
/** A valid package plus 50 MiB of zeros, which deflate to about 50 KiB (over 1000:1). */
function withFiftyMegabytesOfZeros(): Uint8Array {
  zerosPackage ??= package12({ "sco1/video.bin": new Uint8Array(50 * MiB) });
  return zerosPackage;
}

describe("readScormPackage: valid packages", () => {
  it("reads a single-SCO SCORM 1.2 package", async () => {
    const result = await readScormPackage(package12());

    expect(result.version).toBe("1.2");
    expect(result.title).toBe("Risk management & profiling");
    expect(result.defaultOrganization).toBe("ORG-1");
    expect(result.scos).toMatchObject([
      { identifier: "ITEM-1", title: "Module 1: Risk", href: "sco1/index.html?lang=en", order: 0 },
    ]);
    expect([...result.files.keys()].sort()).toEqual(["imsmanifest.xml", "sco1/index.html", "shared/style.css"]);
    expect(strFromU8(result.files.get("sco1/index.html")!)).toBe("<html>Module 1</html>");
  });

  it("reads a package that sits inside a larger buffer (a pooled Node.js Buffer)", async () => {
    const zip = package12();
    const pooled = Buffer.concat([Buffer.alloc(7, 0x50), Buffer.from(zip), Buffer.alloc(5)]).subarray(
      7,
      7 + zip.byteLength,
    );
    expect((await readScormPackage(pooled)).scos[0].href).toBe("sco1/index.html?lang=en");
  });

  it("reads a package wrapped in a zip by its authoring tool, one level deep", async () => {
    const inner = zipSync({
      "imsmanifest.xml": strToU8(manifest12()),
      "sco1/index.html": strToU8("<p>1</p>"),
      "shared/style.css": strToU8("x"),
    });
    const result = await readScormPackage(zipSync({ "__MACOSX/": new Uint8Array(), "Risk course.zip": inner }));
    expect(result.scos).toMatchObject([{ identifier: "ITEM-1", href: "sco1/index.html?lang=en" }]);
    expect([...result.files.keys()].sort()).toEqual(["imsmanifest.xml", "sco1/index.html", "shared/style.css"]);
  });

  it("reads a multi-SCO SCORM 2004 package: default organization, nested items in order, assets left out", async () => {
    const result = await readScormPackage(package2004());

    expect(result.version).toBe("2004");
    expect(result.title).toBe("Harmonized System");
    expect(result.defaultOrganization).toBe("ORG-MAIN");
    expect(result.scos).toMatchObject([
      { identifier: "SCO-A", title: "Chapter A", href: "content/a/index.html", order: 0 },
      {
        identifier: "SCO-B",
        title: "Chapter B",
        href: "content/b/start.html?mode=normal&mode=review&lang=fr",
        order: 1,
      },
      { identifier: "SCO-C", title: "Final assessment", href: "content/c/index.html#page2", order: 2 },
    ]);
    expect(result.files.has("content/")).toBe(false);
    expect(strFromU8(result.files.get("content/c/index.html")!)).toBe("C");
  });

  it.each([
    ["1.2 schemaversion", manifest12(), "1.2"],
    ["1.2 adlcp namespace alone", manifest12({ metadata: "" }), "1.2"],
    ["CAM 1.3", manifest12({ metadata: "<schemaversion>CAM 1.3</schemaversion>", namespaces: NS_2004 }), "2004"],
    [
      "2004 3rd Edition",
      manifest12({ metadata: "<schemaversion>2004 3rd Edition</schemaversion>", namespaces: NS_2004 }),
      "2004",
    ],
    ["2004 adlcp namespace alone", manifest12({ metadata: "", namespaces: NS_2004 }), "2004"],
  ])("detects the version from %s", async (_, manifest, version) => {
    expect((await readScormPackage(package12({}, manifest))).version).toBe(version);
  });

  it("reads ZIP64 sizes, offsets and end records", async () => {
    const result = await readScormPackage(toZip64(package2004()));
    expect(result.scos.map((sco) => sco.identifier)).toEqual(["SCO-A", "SCO-B", "SCO-C"]);
    expect(strFromU8(result.files.get("content/b/start.html")!)).toBe("B");
  });

  it("accepts regular files and folders with Unix modes", async () => {
    const zip = unixMode(
      unixMode(package12({ "sco1/": new Uint8Array(0) }), "sco1/index.html", 0o100644),
      "sco1/",
      0o040755,
    );
    expect((await readScormPackage(zip)).scos).toHaveLength(1);
  });

  it("accepts a small, very compressible file under the default ratio", async () => {
    // 512 KiB of spaces deflate over 500:1, but stay under the 1 MiB below which the ratio is not checked.
    const zip = package12({ "shared/blank.txt": new Uint8Array(512 * 1024).fill(32) });
    expect((await readScormPackage(zip)).files.get("shared/blank.txt")).toHaveLength(512 * 1024);
  });
});

describe("readScormPackage: refused archives", () => {
  it("refuses what is not a zip", async () => {
    expect(await refusal(strToU8("<html>not a zip</html>"))).toBe("packageNotZip");
    expect(await refusal(new Uint8Array(0))).toBe("packageNotZip");
    expect(await refusal(package12().subarray(0, -10))).toBe("packageNotZip");
  });

  it("refuses an archive larger than maxArchiveBytes", async () => {
    const zip = package12();
    expect(await refusal(zip, { maxArchiveBytes: zip.byteLength - 1 })).toBe("packageTooLarge");
    await expect(readScormPackage(zip, { maxArchiveBytes: zip.byteLength })).resolves.toBeDefined();
  });

  it("refuses more entries than maxEntries", async () => {
    const zip = package12({ "shared/a.txt": strToU8("a") }); // 4 entries
    expect(await refusal(zip, { maxEntries: 3 })).toBe("packageTooManyEntries");
    await expect(readScormPackage(zip, { maxEntries: 4 })).resolves.toBeDefined();
  });

  it("refuses a total uncompressed size over maxUncompressedBytes, from the central directory", async () => {
    const zip = package12({ "sco1/a.bin": noise(600 * 1024, 1), "sco1/b.bin": noise(600 * 1024, 2) });
    expect(await refusal(zip, { maxUncompressedBytes: MiB })).toBe("packageTooLargeUncompressed");
    await expect(readScormPackage(zip, { maxUncompressedBytes: 2 * MiB })).resolves.toBeDefined();

    // Declared 1.5 MiB, really 600 KiB: only the central directory can refuse this one before inflating it.
    const overstated = patchEntry(zip, "sco1/b.bin", (view, at) =>
      view.setUint32(at + CD.uncompressedSize, 1.5 * MiB, true),
    );
    expect(await refusal(overstated, { maxUncompressedBytes: 2 * MiB })).toBe("packageTooLargeUncompressed");
  });

  it("refuses an entry whose compression ratio exceeds maxRatio (50 MiB of zeros)", async () => {
    expect(await refusal(withFiftyMegabytesOfZeros())).toBe("packageCompressionBomb");
    const allowed = await readScormPackage(withFiftyMegabytesOfZeros(), { maxRatio: 2_000 });
    expect(allowed.files.get("sco1/video.bin")?.byteLength).toBe(50 * MiB);

    // Declared 300 MiB from a few bytes: refused on the central directory's word, before any inflating.
    const claimed = patchEntry(package12(), "shared/style.css", (view, at) =>
      view.setUint32(at + CD.uncompressedSize, 300 * MiB, true),
    );
    expect(await refusal(claimed)).toBe("packageCompressionBomb");
  });

  it("enforces the limits while inflating when the central directory lies about the size", async () => {
    // The header now claims the zeros inflate to no more than their compressed size.
    const lying = patchEntry(withFiftyMegabytesOfZeros(), "sco1/video.bin", (view, at) => {
      view.setUint32(at + CD.uncompressedSize, view.getUint32(at + CD.compressedSize, true), true);
    });
    expect(await refusal(lying)).toBe("packageCompressionBomb");
    expect(await refusal(lying, { maxRatio: 100_000, maxUncompressedBytes: 5 * MiB })).toBe(
      "packageTooLargeUncompressed",
    );
  });

  it("refuses an entry that inflates to more than its declared size, even within every limit", async () => {
    const zip = patchEntry(package12(), "shared/style.css", (view, at) =>
      view.setUint32(at + CD.uncompressedSize, 4, true),
    );
    expect(await refusal(zip)).toBe("packageNotZip");
  });

  it("refuses entries that share compressed bytes", async () => {
    const zip = package12();
    const overlapping = patchEntry(zip, "shared/style.css", (view, at) => {
      const manifestOffset = 0; // zipSync writes imsmanifest.xml first
      view.setUint32(at + CD.localOffset, manifestOffset, true);
    });
    expect(await refusal(overlapping)).toBe("packageCompressionBomb");
  });

  it.each(["zip", "jar", "7z", "rar", "gz", "tar", "ZIP"])("refuses a nested .%s archive", async (extension) => {
    expect(await refusal(package12({ [`sco1/media.${extension}`]: noise(100) }))).toBe("packageNestedArchive");
  });

  it.each([
    ["a parent segment", "../evil.html"],
    ["a parent segment inside", "sco1/../../evil.html"],
    ["an absolute path", "/etc/x"],
    ["a backslash", "sco1\\..\\..\\evil.html"],
    ["a drive letter", "C:/Windows/evil.html"],
    ["a NUL byte", "sco1/evil.html\u0000.txt"],
    ["a dot segment", "./sco1/other.html"],
    ["an empty segment", "sco1//other.html"],
  ])("refuses an entry name with %s", async (_, name) => {
    expect(await refusal(package12({ [name]: strToU8("x") }))).toBe("packageUnsafePath");
  });

  it("refuses two entries with the same name", async () => {
    const zip = package12({ "shared/a.css": strToU8("a"), "shared/b.css": strToU8("b") });
    const duplicate = patchEntry(zip, "shared/b.css", (view, at) =>
      view.setUint8(at + CD.name + "shared/".length, "a".charCodeAt(0)),
    );
    expect(await refusal(duplicate)).toBe("packageUnsafePath");
  });

  it("refuses a symbolic link", async () => {
    const zip = package12({ "sco1/passwd.html": strToU8("/etc/passwd") });
    expect(await refusal(unixMode(zip, "sco1/passwd.html", 0o120777))).toBe("packageSymlink");
  });
});

describe("readScormPackage: refused manifests", () => {
  it("refuses a package without imsmanifest.xml at its root", async () => {
    expect(await refusal(zipSync({ "sco1/index.html": strToU8("x") }))).toBe("packageNoManifest");
    expect(
      await refusal(
        zipSync({ "course/imsmanifest.xml": strToU8(manifest12()), "course/sco1/index.html": strToU8("x") }),
      ),
    ).toBe("packageNoManifest");
    // A zip inside a zip is read one level deep only, and only when it is the outer archive's one file.
    const inner = zipSync({
      "imsmanifest.xml": strToU8(manifest12()),
      "sco1/index.html": strToU8("x"),
      "shared/style.css": strToU8("x"),
    });
    expect(await refusal(zipSync({ "outer.zip": zipSync({ "inner.zip": inner }) }))).toBe("packageNestedArchive");
    expect(await refusal(zipSync({ "course.zip": inner, "readme.txt": strToU8("x") }))).toBe("packageNestedArchive");
  });

  it.each([
    ["an unclosed element", manifest12().replace("</organizations>", "")],
    ["two root elements", `${manifest12()}<manifest/>`],
    ["text instead of XML", "this is not XML"],
    ["a root other than manifest", `<?xml version="1.0"?><course ${NS_12}/>`],
    [
      "an IMS package that is not SCORM",
      manifest12({
        metadata: "",
        namespaces: `xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="urn:other"`,
      }),
    ],
    ["an item pointing at no resource", manifest12().replace('identifierref="RES-1"', 'identifierref="RES-404"')],
    ["a default organization that does not exist", manifest12().replace('default="ORG-1"', 'default="ORG-404"')],
  ])("refuses a manifest with %s", async (_, manifest) => {
    expect(await refusal(package12({}, manifest))).toBe("packageBadManifest");
  });

  it("refuses an entity expansion attempt (billion laughs) without expanding it", async () => {
    const entities = Array.from(
      { length: 9 },
      (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`,
    ).join("");
    const manifest = manifest12()
      .replace("<manifest ", `<!DOCTYPE manifest [<!ENTITY lol0 "lol">${entities}]>\n<manifest `)
      .replace("Risk management &amp; profiling", "&lol9;");
    const started = Date.now();
    expect(await refusal(package12({}, manifest))).toBe("packageBadManifest");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("refuses an external entity (XXE)", async () => {
    const manifest = manifest12()
      .replace("<manifest ", `<!DOCTYPE manifest [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<manifest `)
      .replace("Risk management &amp; profiling", "&xxe;");
    expect(await refusal(package12({}, manifest))).toBe("packageBadManifest");
  });

  it("leaves an undeclared entity as written", async () => {
    const manifest = manifest12().replace("Risk management &amp; profiling", "Risk &lol; &#233;");
    expect((await readScormPackage(package12({}, manifest))).title).toBe("Risk &lol; é");
  });

  it("refuses a manifest that references a file the archive lacks", async () => {
    const missingFile = manifest12({ files: `<file href="sco1/index.html"/><file href="shared/missing.css"/>` });
    expect(await refusal(package12({}, missingFile))).toBe("packageMissingFile");
    const zipWithoutLaunchFile = zipSync({ "imsmanifest.xml": strToU8(manifest12({ files: "" })) });
    expect(await refusal(zipWithoutLaunchFile)).toBe("packageMissingFile");
  });

  it("refuses a manifest href that climbs out of the package", async () => {
    const manifest = manifest12({ files: `<file href="sco1/../../outside.html"/>` });
    expect(await refusal(package12({}, manifest))).toBe("packageUnsafePath");
  });

  it("refuses a package without a SCO", async () => {
    expect(await refusal(package12({}, manifest12({ scormType: "asset" })))).toBe("packageNoSco");
    const noItems = manifest12().replace(/<item [\s\S]*<\/item>/, "");
    expect(await refusal(package12({}, noItems))).toBe("packageNoSco");
  });
});

describe("withParameters", () => {
  it.each([
    ["index.html", "?a=1", "index.html?a=1"],
    ["index.html", "&&a=1", "index.html?a=1"],
    ["index.html?x=0", "a=1", "index.html?x=0&a=1"],
    ["index.html#top", "a=1", "index.html?a=1#top"],
    ["index.html", "#page", "index.html#page"],
    ["index.html#top", "#page", "index.html#top"],
    ["index.html", "", "index.html"],
  ])("%s with %s gives %s", (url, parameters, expected) => {
    expect(withParameters(url, parameters)).toBe(expected);
  });
});
