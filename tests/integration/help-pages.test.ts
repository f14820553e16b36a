import { listCoordinators } from "@/lib/accounts/list-coordinators";
import { loadViewer } from "@/lib/auth/load-viewer";
import { authorOn } from "@/lib/authoring/author";
import { Invalid, NotFound } from "@/lib/errors";
import { listHelpPages } from "@/lib/help/list-help-pages";
import { saveHelpPage } from "@/lib/help/save-help-page";
import { viewHelpPage } from "@/lib/help/view-help-page";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();

async function authorFor(username: string, host: string) {
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  const site = await siteFor(host);
  return authorOn(site, await loadViewer(user.id, user.sessionVersion, site));
}

describe("FAQ and help pages", () => {
  it("shows the site's own page in the reader's language, else English, else the root site's", async () => {
    const [root, kenya, belgium] = await Promise.all([siteFor("root"), siteFor("ke"), siteFor("be")]);
    expect(await viewHelpPage(kenya, "FAQ", "fr")).toBeNull();
    const wco = await authorFor("wco.admin", "root");
    await saveHelpPage(wco, { kind: "FAQ", locale: "en", body: "How do I register?" });
    await saveHelpPage(wco, { kind: "FAQ", locale: "fr", body: "Comment m’inscrire ?" });
    expect((await viewHelpPage(kenya, "FAQ", "fr"))?.body).toBe("Comment m’inscrire ?");
    expect(await viewHelpPage(kenya, "FAQ", "ar")).toMatchObject({ body: "How do I register?", locale: "en" });

    const kenyan = await authorFor("ke.coordinator", "ke");
    await saveHelpPage(kenyan, { kind: "FAQ", locale: "en", body: "Ask KRA's training office." });
    // Kenya's own English page wins over the WCO's French one: an administration's page is about its officers.
    expect((await viewHelpPage(kenya, "FAQ", "fr"))?.body).toBe("Ask KRA's training office.");
    expect((await viewHelpPage(belgium, "FAQ", "fr"))?.body).toBe("Comment m’inscrire ?");
    expect((await viewHelpPage(root, "FAQ", "en"))?.body).toBe("How do I register?");
    expect(await viewHelpPage(kenya, "HELP", "en")).toBeNull();

    // An empty text removes that language; the next one shows again. Every change is audited.
    await saveHelpPage(kenyan, { kind: "FAQ", locale: "en", body: "  " });
    expect((await viewHelpPage(kenya, "FAQ", "en"))?.body).toBe("How do I register?");
    await expect(saveHelpPage(kenyan, { kind: "NEWS", locale: "en", body: "x" })).rejects.toEqual(
      new Invalid({ kind: "required" }),
    );
    const audit = await db.owner.auditEvent.findMany({
      where: { targetType: "HelpPage" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((e) => e.action)).toEqual(["helpPage.save", "helpPage.save", "helpPage.save", "helpPage.remove"]);
  });

  it("lets no one but the site's own authors write it, and keeps each administration's pages to itself", async () => {
    const kenyan = await authorFor("ke.coordinator", "ke");
    await saveHelpPage(kenyan, { kind: "HELP", locale: "en", body: "Write to training@kra.example" });
    const belgian = await authorFor("be.coordinator", "be");
    expect(await listHelpPages(belgian)).toEqual([]);
    expect((await listHelpPages(kenyan)).map((p) => p.body)).toEqual(["Write to training@kra.example"]);
    // Another administration's author, a learner, a visitor and an Academy buyer are refused on Kenya's space.
    const kenya = await siteFor("ke");
    for (const [username, host] of [
      ["be.coordinator", "ke"],
      ["ke.learner", "ke"],
      ["academy.buyer", "academy"],
    ]) {
      const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
      const site = await siteFor(host);
      await expect(
        loadViewer(user.id, user.sessionVersion, site).then((v) => authorOn(site, v)),
      ).rejects.toBeInstanceOf(NotFound);
    }
    expect(() => authorOn(kenya, null)).toThrow(NotFound);
    await saveHelpPage(belgian, { kind: "HELP", locale: "en", body: "Belgian help" });
    expect((await viewHelpPage(kenya, "HELP", "en"))?.body).toBe("Write to training@kra.example");
    // The Academy, which writes none, shows the root site's (none yet here).
    expect(await viewHelpPage(await siteFor("academy"), "HELP", "en")).toBeNull();
  });
});

describe("the public list of National Coordinators", () => {
  it("names each administration's approving coordinator or the Secretariat, never an address", async () => {
    const all = await listCoordinators(await siteFor("root"));
    expect(all.length).toBeGreaterThan(100);
    expect(all.find((row) => row.administration === "Kenya")).toEqual({
      administration: "Kenya",
      coordinator: "David Otieno",
    });
    expect(all.some((row) => row.coordinator === null)).toBe(true);
    expect(JSON.stringify(all)).not.toMatch(/@/);
    expect(await listCoordinators(await siteFor("ke"))).toEqual([
      { administration: "Kenya", coordinator: "David Otieno" },
    ]);
  });
});
