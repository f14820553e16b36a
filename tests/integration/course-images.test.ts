// Course images against PostgreSQL and the content store: what an author's upload becomes (16:9 WebP renditions,
// alternative text per language), what is refused (a disguised type, too many bytes or pixels) leaving nothing
// stored, removal, and that an image is served only to those who may see its course: another tenant's user, a
// learner of another audience, a visitor and an Academy buyer get NotFound for a Customs-only or an
// administration's own course, and change nothing.
import { readdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { loadViewer, tenantContext } from "@/lib/auth/load-viewer";
import { authorOn } from "@/lib/authoring/author";
import { removeCourseImage } from "@/lib/authoring/remove-course-image";
import { saveCourseImage } from "@/lib/authoring/save-course-image";
import { readCourseImage } from "@/lib/catalogue/read-course-image";
import { Invalid, NotFound } from "@/lib/errors";
import en from "@/messages/en.json";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase({ demoContent: true });

async function entryOf(username: string | null, host: string) {
  const site = await siteFor(host);
  const user = username ? await db.owner.user.findUniqueOrThrow({ where: { username } }) : null;
  const viewer = user ? await loadViewer(user.id, user.sessionVersion, site) : null;
  return { site, viewer, ctx: tenantContext(site, viewer) };
}

const authorFor = async (username: string, host: string) => {
  const { site, viewer } = await entryOf(username, host);
  return authorOn(site, viewer);
};

const course = (code: string) => db.owner.course.findFirstOrThrow({ where: { code } });
const storedImages = async () => (await readdir(path.join(process.env.CONTENT_STORE_DIR!, "image"))).sort();
const keyId = (key: string | null) => key!.slice("image/".length);
const picture = (width: number, height: number, format: "png" | "jpeg" | "webp") =>
  sharp({ create: { width, height, channels: 3, background: "#3b82f6" } })
    [format]()
    .toBuffer()
    .then((b) => new Uint8Array(b));

describe("course images", () => {
  it("become the card's 16:9 WebP renditions with their text per language; a replaced image's files are removed", async () => {
    const author = await authorFor("ke.coordinator", "ke");
    const before = await course("KE-EAC-CET");
    expect(before.imageKey).toMatch(/^image\//); // the seed's generated image
    await saveCourseImage(author, before.id, {
      locale: "en",
      alt: "Containers at the port of Mombasa",
      decorative: false,
      bytes: await picture(1200, 1200, "jpeg"),
    });
    await saveCourseImage(author, before.id, {
      locale: "fr",
      alt: "Conteneurs à Mombasa",
      decorative: false,
      bytes: null,
    });
    const after = await course("KE-EAC-CET");
    expect(after.imageKey).not.toBe(before.imageKey);
    expect(after.imageAlt).toEqual({ en: "Containers at the port of Mombasa", fr: "Conteneurs à Mombasa" });
    expect(await storedImages()).not.toContain(keyId(before.imageKey));
    const learner = await entryOf("ke.learner", "ke");
    for (const [width, height] of [
      [320, 180],
      [640, 360],
      [960, 540],
    ]) {
      const bytes = await readCourseImage(learner, after.id, keyId(after.imageKey), String(width));
      expect(await sharp(bytes).metadata()).toMatchObject({ format: "webp", width, height });
    }
    // The old address answers no more: a new upload is a new address, so the old one may be cached for good.
    await expect(readCourseImage(learner, after.id, keyId(before.imageKey), "640")).rejects.toBeInstanceOf(NotFound);
    await expect(readCourseImage(learner, after.id, keyId(after.imageKey), "500")).rejects.toBeInstanceOf(NotFound);
    // PNG and WebP are taken too; a decorative image has no text.
    await saveCourseImage(author, before.id, {
      locale: "en",
      alt: "",
      decorative: true,
      bytes: await picture(800, 450, "png"),
    });
    await saveCourseImage(author, before.id, {
      locale: "en",
      alt: "",
      decorative: true,
      bytes: await picture(500, 300, "webp"),
    });
    expect(await course("KE-EAC-CET")).toMatchObject({ imageDecorative: true, imageAlt: {} });
  });

  it("refuse a disguised type, too many bytes or pixels and a missing description, with translated messages, storing nothing", async () => {
    const author = await authorFor("ke.coordinator", "ke");
    const target = await course("KE-EAC-CET");
    const stored = await storedImages();
    const save = (bytes: Uint8Array | null, alt = "A picture") =>
      saveCourseImage(author, target.id, { locale: "en", alt, decorative: false, bytes });
    const pdfNamedPng = new TextEncoder().encode("%PDF-1.7\n% a document uploaded as photo.png");
    await expect(save(pdfNamedPng)).rejects.toEqual(new Invalid({ image: "imageType" }));
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await expect(save(svg)).rejects.toEqual(new Invalid({ image: "imageType" }));
    const huge = new Uint8Array(5 * 1024 * 1024 + 1);
    huge.set(await picture(10, 10, "png"));
    await expect(save(huge)).rejects.toEqual(new Invalid({ image: "imageTooLarge" }));
    // 8000 × 6000 = 48 megapixels in a small file (one colour compresses well).
    await expect(save(await picture(8000, 6000, "png"))).rejects.toEqual(new Invalid({ image: "imageTooManyPixels" }));
    // A PNG signature on garbage.
    const broken = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(save(broken)).rejects.toEqual(new Invalid({ image: "imageUnreadable" }));
    await expect(save(await picture(640, 360, "png"), "")).rejects.toEqual(
      new Invalid({ imageAlt: "imageAltRequired" }),
    );
    // A description typed while the image is marked decorative would be lost: refused, with or without a file.
    for (const bytes of [await picture(640, 360, "png"), null])
      await expect(
        saveCourseImage(author, target.id, { locale: "en", alt: "Containers", decorative: true, bytes }),
      ).rejects.toEqual(new Invalid({ imageAlt: "imageAltDecorative" }));
    expect(await storedImages()).toEqual(stored);
    expect(await course("KE-EAC-CET")).toEqual(target);
    const fields = en.Fields as Record<string, string>;
    for (const key of [
      "imageType",
      "imageTooLarge",
      "imageTooManyPixels",
      "imageUnreadable",
      "imageAltRequired",
      "imageAltDecorative",
    ])
      expect(fields[key]).toBeTruthy();
  });

  it("are removed with their files", async () => {
    const author = await authorFor("be.coordinator", "be");
    const target = await course("BE-EXCISE");
    await removeCourseImage(author, target.id);
    expect(await course("BE-EXCISE")).toMatchObject({ imageKey: null, imageAlt: {} });
    expect(await storedImages()).not.toContain(keyId(target.imageKey));
    const learner = await entryOf("be.learner", "be");
    await expect(readCourseImage(learner, target.id, keyId(target.imageKey), "320")).rejects.toBeInstanceOf(NotFound);
  });

  it("of a Customs-only or an administration's own course reach only those who may see it; others get 404 and change nothing", async () => {
    const own = await course("BE-ANTW"); // Belgium's own, Customs only
    const core = await course("ENF-PREC"); // a core enforcement course, Customs only
    const open = await course("HS-101"); // a core public course the Academy sells
    const read = async (entry: Awaited<ReturnType<typeof entryOf>>, c: typeof own) =>
      readCourseImage(entry, c.id, keyId(c.imageKey), "640");
    expect((await read(await entryOf("be.learner", "be"), own)).length).toBeGreaterThan(100);
    expect((await read(await entryOf("ke.learner", "ke"), core)).length).toBeGreaterThan(100);
    expect((await read(await entryOf(null, "academy"), open)).length).toBeGreaterThan(100);
    expect((await read(await entryOf("academy.buyer", "academy"), open)).length).toBeGreaterThan(100);
    const outsiders = [
      ["another tenant's user", await entryOf("ke.learner", "ke")],
      ["another tenant's user on the root site", await entryOf("ke.learner", "root")],
      ["another tenant's author", await entryOf("ke.coordinator", "ke")],
      ["an anonymous visitor", await entryOf(null, "be")],
      ["an Academy buyer", await entryOf("academy.buyer", "academy")],
    ] as const;
    for (const [who, entry] of outsiders)
      await expect(read(entry, own).then(() => who)).rejects.toBeInstanceOf(NotFound);
    for (const entry of [
      await entryOf("academy.buyer", "academy"),
      await entryOf(null, "root"),
      await entryOf(null, "academy"),
    ])
      await expect(read(entry, core)).rejects.toBeInstanceOf(NotFound);
    // Nobody but its author changes it: another administration's author, a learner.
    const stored = await storedImages();
    const bytes = await picture(640, 360, "png");
    const input = { locale: "en", alt: "x", decorative: false, bytes };
    await expect(saveCourseImage(await authorFor("ke.coordinator", "ke"), own.id, input)).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(removeCourseImage(await authorFor("ke.coordinator", "ke"), own.id)).rejects.toBeInstanceOf(NotFound);
    await expect(authorFor("be.learner", "be")).rejects.toBeInstanceOf(NotFound);
    await expect(authorFor("academy.buyer", "academy")).rejects.toBeInstanceOf(NotFound);
    expect(await storedImages()).toEqual(stored);
    expect(await course("BE-ANTW")).toEqual(own);
  });
});
