#!/usr/bin/env node
// Draws the platform's app icons and favicon from scripts/assets/app-icon.svg: the sizes browsers ask for when
// a site is installed (192 and 512 px, a maskable 512 px with the safe zone's margin, Apple's 180 px) and a
// favicon.ico holding 16, 32 and 48 px images. Run again after changing the drawing: `node scripts/generate-app-icons.mjs`.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import sharp from "sharp";

const source = readFileSync(new URL("./assets/app-icon.svg", import.meta.url));
const out = new URL("../public/", import.meta.url);
const BRAND = "#00467f";

const png = (size) => sharp(source, { density: 300 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();

/** A maskable icon keeps its drawing inside the central 80 % circle: the drawing at 70 %, on the brand colour. */
async function maskable(size) {
  const inner = Math.round(size * 0.7);
  return sharp({ create: { width: size, height: size, channels: 4, background: BRAND } })
    .composite([{ input: await png(inner), gravity: "center" }])
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** An ICO file whose images are PNGs (every current browser reads them). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

mkdirSync(new URL("icons/", out), { recursive: true });
for (const size of [192, 512]) writeFileSync(new URL(`icons/icon-${size}.png`, out), await png(size));
writeFileSync(new URL("icons/maskable-512.png", out), await maskable(512));
writeFileSync(new URL("icons/apple-touch-icon.png", out), await png(180));
const small = await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(size) })));
writeFileSync(new URL("favicon.ico", out), ico(small));
console.log("App icons written to public/icons/ and public/favicon.ico.");
