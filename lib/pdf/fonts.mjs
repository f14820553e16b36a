// Fonts shipped with the project (Noto, SIL Open Font Licence): Latin with accents and Cyrillic in Noto Sans,
// Arabic in Noto Sans Arabic. "Body" falls back from one to the other glyph by glyph.
import { createRequire } from "node:module";
import { Font } from "@react-pdf/renderer";

const require = createRequire(import.meta.url);
const file = (name) => require.resolve(`@expo-google-fonts/${name}`);

export const BODY_FONT = ["NotoSans", "NotoSansArabic"];

export function registerFonts() {
  Font.register({
    family: "NotoSans",
    fonts: [
      { src: file("noto-sans/400Regular/NotoSans_400Regular.ttf") },
      { src: file("noto-sans/700Bold/NotoSans_700Bold.ttf"), fontWeight: 700 },
    ],
  });
  Font.register({
    family: "NotoSansArabic",
    fonts: [
      { src: file("noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf") },
      { src: file("noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf"), fontWeight: 700 },
    ],
  });
  // Words are never hyphenated: names and course titles must read exactly as written.
  Font.registerHyphenationCallback((word) => [word]);
}
