// A generated image for every demo course without one: the course's initials on its site's colours (the WCO's
// blue for core courses, the space's brand colour for an administration's own), rendered by sharp from an SVG
// straight into the renditions an author's upload gets (the card's widths, 16:9, WebP at the same quality), at
// WebP's fastest effort: flat colours need no more. Courses with the same initials and colours share one
// rendering, each stored under its own key (an author may replace one). Made on this machine, never downloaded.
import sharp from "sharp";
import type { PrismaClient } from "../../../lib/db/generated/client";
import { IMAGE_WIDTHS, imageFile } from "../../../lib/catalogue/course-image";
import { storeFiles } from "../../../lib/content-store";
import { randomUUID } from "node:crypto";
import { concurrently } from "./concurrently";

const WCO_BLUE = "#00467f";
const ACCENT = "#f2a900";

const initials = (title: string) =>
  title
    .split(/[\s:–-]+/u)
    .filter((word) => /^\p{L}/u.test(word) && word.length > 2)
    .slice(0, 2)
    .map((word) => word[0]!.toLocaleUpperCase())
    .join("") || "WCO";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function demoImageSvg(title: string, primary: string, accent: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540" viewBox="0 0 960 540">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${primary}"/><stop offset="1" stop-color="#0f172a"/></linearGradient></defs>
  <rect width="960" height="540" fill="url(#g)"/>
  <circle cx="820" cy="90" r="220" fill="${accent}" fill-opacity="0.25"/>
  <circle cx="110" cy="500" r="160" fill="#ffffff" fill-opacity="0.08"/>
  <text x="480" y="300" text-anchor="middle" dominant-baseline="middle" font-family="DejaVu Sans, Arial, sans-serif"
    font-size="220" font-weight="bold" fill="#ffffff">${escape(initials(title))}</text>
</svg>`;
}

const SVG_WIDTH = 960;

/** The SVG rasterised at each rendition's width (its density scales it; the SVG is 16:9 already). */
async function renditions(svg: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const width of IMAGE_WIDTHS) {
    const out = await sharp(Buffer.from(svg), { density: (72 * width) / SVG_WIDTH })
      .webp({ quality: 80, effort: 0 })
      .toBuffer();
    files.set(imageFile(width), new Uint8Array(out));
  }
  return files;
}

export async function seedCourseImages(db: PrismaClient): Promise<number> {
  const courses = await db.course.findMany({
    where: { imageKey: null },
    select: {
      id: true,
      code: true,
      tenant: { select: { primaryColor: true, accentColor: true } },
      translations: { where: { locale: "en" }, select: { title: true } },
    },
  });
  if (!courses.length) return 0;
  const rendered = new Map<string, Promise<Map<string, Uint8Array>>>();
  // Two at a time: sharp works on its own threads, and the machine has two cores.
  const keys = await concurrently(courses, 2, async (course) => {
    const svg = demoImageSvg(
      course.translations[0]?.title ?? course.code,
      course.tenant.primaryColor ?? WCO_BLUE,
      course.tenant.accentColor ?? ACCENT,
    );
    if (!rendered.has(svg)) rendered.set(svg, renditions(svg));
    const key = `image/${randomUUID()}`;
    await storeFiles(key, await rendered.get(svg)!);
    return key;
  });
  // Every course's image in one statement (once its files are stored), as each course's own update would.
  await db.$executeRaw`
    UPDATE "Course" AS c SET "imageKey" = v.key, "imageDecorative" = true, "updatedAt" = now()
      FROM unnest(${courses.map((c) => c.id)}::uuid[], ${keys}::text[]) AS v(id, key)
     WHERE c.id = v.id AND c."imageKey" IS NULL`;
  return courses.length;
}
