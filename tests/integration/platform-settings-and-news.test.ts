import { loadViewer } from "@/lib/auth/load-viewer";
import { authorOn } from "@/lib/authoring/author";
import { getPlatformSettings } from "@/lib/console/get-platform-settings";
import { readSignature } from "@/lib/console/read-signature";
import { readTerms } from "@/lib/console/read-terms";
import { setSecretaryGeneralName } from "@/lib/console/set-secretary-general-name";
import { setSignature } from "@/lib/console/set-signature";
import { setTerms } from "@/lib/console/set-terms";
import { Invalid, NotFound } from "@/lib/errors";
import { editNews } from "@/lib/news/edit-news";
import { latestNews } from "@/lib/news/latest-news";
import { listAllNews } from "@/lib/news/list-all-news";
import { publishNews } from "@/lib/news/publish-news";
import { removeNews } from "@/lib/news/remove-news";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]);

async function actor(username: string) {
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  return { id: user.id, firstName: user.firstName, lastName: user.lastName, roles: user.roles };
}

async function authorFor(username: string, host: string) {
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  const site = await siteFor(host);
  return authorOn(site, await loadViewer(user.id, user.sessionVersion, site));
}

describe("platform settings", () => {
  it("keep the signatory of certificates, set by WCO admins only and audited", async () => {
    expect((await getPlatformSettings()).secretaryGeneralName).toBe("Ian Saunders");
    for (const username of ["ke.coordinator", "be.learner", "academy.manager"]) {
      const outsider = await actor(username);
      await expect(setSecretaryGeneralName(outsider, { secretaryGeneralName: "Mallory" })).rejects.toBeInstanceOf(
        NotFound,
      );
      await expect(setSignature(outsider, PNG)).rejects.toBeInstanceOf(NotFound);
      await expect(setTerms(outsider, { locale: "en", body: "Mine now." })).rejects.toBeInstanceOf(NotFound);
    }
    const admin = await actor("wco.admin");
    await expect(setSecretaryGeneralName(admin, { secretaryGeneralName: " " })).rejects.toEqual(
      new Invalid({ secretaryGeneralName: "required" }),
    );
    await setSecretaryGeneralName(admin, { secretaryGeneralName: "Kunio Mikuriya" });
    expect((await getPlatformSettings()).secretaryGeneralName).toBe("Kunio Mikuriya");
    await expect(setSignature(admin, WEBP)).rejects.toEqual(new Invalid({ signature: "signatureType" }));
    await expect(setSignature(admin, new Uint8Array(512 * 1024 + 1).fill(0xff))).rejects.toEqual(
      new Invalid({ signature: "signatureTooLarge" }),
    );
    expect(await readSignature()).toBeNull();
    await setSignature(admin, PNG);
    expect(await readSignature()).toEqual({ contentType: "image/png", data: Buffer.from(PNG) });
    const actions = (await db.owner.auditEvent.findMany({ orderBy: { createdAt: "asc" } })).map((e) => [
      e.action,
      e.before,
      e.after,
    ]);
    expect(actions[0]).toEqual([
      "settings.secretaryGeneral.name",
      { secretaryGeneralName: "Ian Saunders" },
      { secretaryGeneralName: "Kunio Mikuriya" },
    ]);
    expect(actions[1][0]).toBe("settings.secretaryGeneral.signature");
  });

  it("keep the Terms and Conditions per language, falling back to English", async () => {
    const admin = await actor("wco.admin");
    await setTerms(admin, { locale: "fr", body: "Nouvelles conditions." });
    expect((await readTerms("fr"))?.body).toBe("Nouvelles conditions.");
    expect((await readTerms("ru"))?.body).toMatch(/^Настоящие/);
    await db.owner.termsAndConditions.delete({ where: { locale: "es" } });
    expect(await readTerms("es")).toMatchObject({ locale: "en" });
    await expect(setTerms(admin, { locale: "xx", body: "?" })).rejects.toEqual(new Invalid({ locale: "required" }));
  });
});

describe("site news", () => {
  it("appear on their own site only, in the reader's language or else their original one, and only its authors change them", async () => {
    const kenyan = await authorFor("ke.coordinator", "ke");
    await expect(publishNews(kenyan, { locale: "en", title: " ", body: "x" })).rejects.toEqual(
      new Invalid({ title: "required" }),
    );
    await publishNews(kenyan, {
      locale: "fr",
      title: "Mise en service d’iCMS",
      body: "Le nouveau système fonctionne.",
    });
    const kenya = await siteFor("ke");
    // Untranslated, it reads in French (its original language) in every language.
    for (const locale of ["fr", "en", "ar"])
      expect(await latestNews(kenya, locale)).toEqual([
        expect.objectContaining({ locale: "fr", title: "Mise en service d’iCMS" }),
      ]);
    expect(await latestNews(await siteFor("be"), "en")).toEqual([]);
    expect(await latestNews(await siteFor("root"), "en")).toEqual([]);

    const [item] = await listAllNews(kenyan, "en");
    expect(item).toMatchObject({ originalLocale: "fr", locale: "fr", translations: [{ locale: "fr" }] });
    const belgian = await authorFor("be.coordinator", "be");
    expect(await listAllNews(belgian, "en")).toEqual([]);
    await expect(removeNews(belgian, item.id)).rejects.toBeInstanceOf(NotFound);
    expect(await listAllNews(kenyan, "en")).toHaveLength(1);

    // Translated in place: the same item, its date and original language kept; nobody else's author can.
    const english = { locale: "en", title: "iCMS go-live", body: "The new system is live." };
    await expect(editNews(belgian, item.id, english)).rejects.toBeInstanceOf(NotFound);
    await expect(editNews(kenyan, item.id, { ...english, body: "" })).rejects.toEqual(
      new Invalid({ body: "required" }),
    );
    await expect(editNews(kenyan, item.id, { ...english, locale: "xx" })).rejects.toEqual(
      new Invalid({ locale: "required" }),
    );
    await editNews(kenyan, item.id, english);
    expect((await latestNews(kenya, "en")).map((n) => [n.locale, n.title])).toEqual([["en", "iCMS go-live"]]);
    expect((await latestNews(kenya, "fr")).map((n) => [n.locale, n.title])).toEqual([["fr", "Mise en service d’iCMS"]]);
    expect((await latestNews(kenya, "es")).map((n) => n.locale)).toEqual(["fr"]);
    // Editing a language again changes that language only.
    await editNews(kenyan, item.id, { ...english, title: "iCMS is live" });
    const [edited] = await listAllNews(kenyan, "en");
    expect(edited).toMatchObject({
      id: item.id,
      publishedAt: item.publishedAt,
      originalLocale: "fr",
      title: "iCMS is live",
    });
    expect(edited.translations.map((t) => [t.locale, t.title]).sort()).toEqual([
      ["en", "iCMS is live"],
      ["fr", "Mise en service d’iCMS"],
    ]);
    expect(await db.owner.newsTranslation.count({ where: { newsId: item.id } })).toBe(2);
    for (const [username, host] of [
      ["ke.learner", "ke"],
      ["academy.buyer", "academy"],
    ]) {
      const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
      const site = await siteFor(host);
      expect(() => authorOn(site, null)).toThrow(NotFound);
      await expect(
        loadViewer(user.id, user.sessionVersion, site).then((v) => authorOn(site, v)),
      ).rejects.toBeInstanceOf(NotFound);
    }
    await removeNews(kenyan, item.id);
    expect(await latestNews(kenya, "en")).toEqual([]);
    expect(await db.owner.newsTranslation.count({ where: { newsId: item.id } })).toBe(0);
    const audit = await db.owner.auditEvent.findMany({
      where: { targetType: "NewsItem" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((e) => e.action)).toEqual(["news.publish", "news.edit", "news.edit", "news.remove"]);
    expect(audit[1].before).toEqual({ locale: "en" });
    expect(audit[2].before).toEqual(english);
    expect(audit[3].before).toMatchObject({ locale: "fr", languages: expect.arrayContaining(["en", "fr"]) });
  });
});
