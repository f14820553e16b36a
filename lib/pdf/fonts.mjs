// Fonts shipped with the project (SIL Open Font Licence): Latin with accents and Cyrillic in Noto Sans, Arabic in
// Tajawal, whose letters carry their own dots (the PDF layout engine misplaces the separate dot marks that Noto Sans
// Arabic uses). "Body" falls back from one to the other glyph by glyph.
import { createRequire } from "node:module";
import { Font } from "@react-pdf/renderer";

const require = createRequire(import.meta.url);
const file = (name) => require.resolve(`@expo-google-fonts/${name}`);

export const BODY_FONT = ["NotoSans", "Tajawal"];

export function registerFonts() {
  Font.register({
    family: "NotoSans",
    fonts: [
      { src: file("noto-sans/400Regular/NotoSans_400Regular.ttf") },
      { src: file("noto-sans/700Bold/NotoSans_700Bold.ttf"), fontWeight: 700 },
    ],
  });
  Font.register({
    family: "Tajawal",
    fonts: [
      { src: file("tajawal/400Regular/Tajawal_400Regular.ttf") },
      { src: file("tajawal/700Bold/Tajawal_700Bold.ttf"), fontWeight: 700 },
    ],
  });
  // Words are never hyphenated: names and course titles must read exactly as written.
  Font.registerHyphenationCallback((word) => [word]);
}
