import { chooseLocale, negotiateLocale, textDirection } from "./locales";

describe("negotiateLocale", () => {
  it("picks the best supported language by quality", () => {
    expect(negotiateLocale("de-DE,de;q=0.9,fr;q=0.8,en;q=0.7")).toBe("fr");
    expect(negotiateLocale("ru-RU,ru;q=0.9")).toBe("ru");
  });

  it("keeps Brazilian Portuguese apart from Portuguese", () => {
    expect(negotiateLocale("pt-BR,pt;q=0.9")).toBe("pt-BR");
    expect(negotiateLocale("pt-PT")).toBe("pt");
    expect(negotiateLocale("pt")).toBe("pt");
  });

  it("returns null when nothing is supported", () => {
    expect(negotiateLocale("de,ja;q=0.5")).toBeNull();
    expect(negotiateLocale("")).toBeNull();
    expect(negotiateLocale("fr;q=0")).toBeNull();
  });
});

describe("chooseLocale", () => {
  it("prefers the user's preference, then the cookie, then the browser", () => {
    expect(chooseLocale({ preference: "ar", cookie: "fr", acceptLanguage: "es" })).toBe("ar");
    expect(chooseLocale({ preference: null, cookie: "fr", acceptLanguage: "es" })).toBe("fr");
    expect(chooseLocale({ cookie: "xx", acceptLanguage: "es-MX" })).toBe("es");
    expect(chooseLocale({})).toBe("en");
  });

  it("falls back on the space's default language when the browser asks for none we have", () => {
    expect(chooseLocale({ acceptLanguage: "nl-BE,nl;q=0.9", siteDefault: "fr" })).toBe("fr");
    expect(chooseLocale({ acceptLanguage: "en-US", siteDefault: "fr" })).toBe("en");
    expect(chooseLocale({ cookie: "ar", siteDefault: "fr" })).toBe("ar");
    expect(chooseLocale({ siteDefault: "xx" })).toBe("en");
  });
});

describe("textDirection", () => {
  it("lays Arabic out right to left and the others left to right", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("fr")).toBe("ltr");
  });
});
