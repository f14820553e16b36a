// The demo courses' quiz: five questions (true/false and single choice) in every interface language, with the
// pass mark of the course (70 %). Shown in the learner's language by the quiz pages.
import type { Locale } from "../../../lib/i18n/locales";
import { DEMO_TEXTS } from "./texts";

type Text = Record<Locale, string>;
const each = (pick: (locale: Locale) => string) =>
  Object.fromEntries((Object.keys(DEMO_TEXTS) as Locale[]).map((l) => [l, pick(l)])) as Text;

const WCO: Text = {
  en: "Where is the WCO's headquarters?",
  fr: "Où se trouve le siège de l'OMD ?",
  es: "¿Dónde está la sede de la OMA?",
  pt: "Onde fica a sede da OMA?",
  "pt-BR": "Onde fica a sede da OMA?",
  ru: "Где находится штаб-квартира ВТамО?",
  ar: "أين يقع مقر المنظمة؟",
};
const CITIES: Array<[string, Text]> = [
  [
    "brussels",
    {
      en: "Brussels",
      fr: "Bruxelles",
      es: "Bruselas",
      pt: "Bruxelas",
      "pt-BR": "Bruxelas",
      ru: "Брюссель",
      ar: "بروكسل",
    },
  ],
  [
    "geneva",
    { en: "Geneva", fr: "Genève", es: "Ginebra", pt: "Genebra", "pt-BR": "Genebra", ru: "Женева", ar: "جنيف" },
  ],
  ["vienna", { en: "Vienna", fr: "Vienne", es: "Viena", pt: "Viena", "pt-BR": "Viena", ru: "Вена", ar: "فيينا" }],
];
const HS: Text = {
  en: "How many digits does the international Harmonized System code have?",
  fr: "Combien de chiffres compte le code international du Système harmonisé ?",
  es: "¿Cuántos dígitos tiene el código internacional del Sistema Armonizado?",
  pt: "Quantos dígitos tem o código internacional do Sistema Harmonizado?",
  "pt-BR": "Quantos dígitos tem o código internacional do Sistema Harmonizado?",
  ru: "Сколько цифр в международном коде Гармонизированной системы?",
  ar: "كم عدد أرقام رمز النظام المنسق الدولي؟",
};
const same = (text: string) => each(() => text);

export const DEMO_QUIZ = [
  ...DEMO_TEXTS.en.questions.map((_, i) => ({
    kind: "TRUE_FALSE" as const,
    prompt: each((l) => DEMO_TEXTS[l].questions[i]),
    choices: [],
    answer: [true, false, true][i],
  })),
  {
    kind: "SINGLE_CHOICE" as const,
    prompt: WCO,
    choices: CITIES.map(([id, text]) => ({ id, text })),
    answer: ["brussels"],
  },
  {
    kind: "SINGLE_CHOICE" as const,
    prompt: HS,
    choices: [
      { id: "four", text: same("4") },
      { id: "six", text: same("6") },
      { id: "ten", text: same("10") },
    ],
    answer: ["six"],
  },
];
