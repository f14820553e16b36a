// Each site installs as its own app: the manifest names the site and carries its colour and logo, and nothing of
// another administration's branding.
import sharp from "sharp";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import { logoIcon } from "@/lib/pwa/logo-icon";
import { siteManifest, type Translate } from "@/lib/pwa/site-manifest";
import { PLATFORM_COLORS } from "@/lib/tenancy/platform-colors";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();

const translator =
  (messages: object): Translate =>
  (key) => {
    const message = key.split(".").reduce<unknown>((m, part) => (m as Record<string, unknown>)?.[part], messages);
    if (typeof message !== "string") throw new Error(`no message ${key}`);
    return message;
  };

async function brand(slug: string, data: { displayName: string; primaryColor: string }) {
  await db.owner.tenant.update({ where: { slug }, data });
}

const manifestOf = async (host: string, locale: "en" | "ar" = "en") =>
  siteManifest(await siteFor(host), locale, translator(locale === "ar" ? ar : en));

describe("the web app manifest of each site", () => {
  beforeAll(async () => {
    await brand("ke", { displayName: "Kenya Revenue Authority", primaryColor: "#8c1d18" });
    await brand("be", { displayName: "Douanes et Accises belges", primaryColor: "#1f3a5f" });
  });

  it("names an administration's space after it, in its colour, and says nothing of another administration", async () => {
    const kenya = await manifestOf("ke");
    const belgium = await manifestOf("be");
    expect(kenya).toMatchObject({
      name: "CLiKC! – Kenya Revenue Authority",
      short_name: "CLiKC! KE",
      theme_color: "#8c1d18",
      start_url: "/",
      scope: "/",
      display: "standalone",
    });
    expect(belgium).toMatchObject({ name: "CLiKC! – Douanes et Accises belges", theme_color: "#1f3a5f" });
    expect(JSON.stringify(kenya)).not.toMatch(/Douanes|#1f3a5f/);
    expect(JSON.stringify(belgium)).not.toMatch(/Kenya|#8c1d18/);
  });

  it("gives the root site the platform's name and colour, and the Academy its own name", async () => {
    expect(await manifestOf("root")).toMatchObject({
      name: en.Metadata.title,
      short_name: "CLiKC!",
      theme_color: PLATFORM_COLORS.primary,
    });
    const academy = await manifestOf("academy");
    expect(academy).toMatchObject({ name: "WCO Academy", short_name: "WCO Academy", description: en.Academy.intro });
    expect(JSON.stringify(academy)).not.toContain("CLiKC!");
  });

  it("offers the icons browsers ask for to install: 192 and 512 pixels, and a maskable one", async () => {
    const { icons } = await manifestOf("root");
    expect(icons.map(({ sizes, purpose }) => `${sizes} ${purpose}`)).toEqual([
      "192x192 any",
      "512x512 any",
      "512x512 maskable",
    ]);
  });

  it("reads right to left in Arabic", async () => {
    expect(await manifestOf("jo", "ar")).toMatchObject({
      lang: "ar",
      dir: "rtl",
      description: ar.Metadata.description,
    });
  });

  it("draws an administration's icons from its own logo, square, at the sizes it lists", async () => {
    const logo = await sharp({ create: { width: 300, height: 120, channels: 3, background: "#8c1d18" } })
      .png()
      .toBuffer();
    const kenyaId = (await siteFor("ke")).tenant.id;
    await db.owner.tenantLogo.upsert({
      where: { tenantId: kenyaId },
      create: { tenantId: kenyaId, contentType: "image/png", data: logo },
      update: { contentType: "image/png", data: logo },
    });
    const kenya = await manifestOf("ke");
    const version = (await siteFor("ke")).tenant.logoVersion;
    expect(kenya.icons.slice(0, 2).map((icon) => icon.src)).toEqual([
      `/api/site/icon/192?v=${version}`,
      `/api/site/icon/512?v=${version}`,
    ]);
    // Belgium has no logo: the platform's icons, never Kenya's.
    expect((await manifestOf("be")).icons.map((icon) => icon.src)).toEqual([
      "/icons/icon-192.png",
      "/icons/icon-512.png",
      "/icons/maskable-512.png",
    ]);
    const icon = await sharp(Buffer.from((await logoIcon(kenyaId, 512))!)).metadata();
    expect([icon.format, icon.width, icon.height]).toEqual(["png", 512, 512]);
    expect(await logoIcon((await siteFor("be")).tenant.id, 192)).toBeNull();
  });
});
