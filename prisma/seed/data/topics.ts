export type Locale = "en" | "fr" | "es" | "pt" | "pt-BR" | "ru" | "ar";

export interface TopicSeed {
  slug: string;
  names: Record<Locale, string>;
}

export const TOPICS: readonly TopicSeed[] = [
  {
    slug: "tariff-classification",
    names: {
      en: "Tariff classification (HS)",
      fr: "Classement tarifaire (SH)",
      es: "Clasificación arancelaria (SA)",
      pt: "Classificação pautal (SH)",
      "pt-BR": "Classificação tarifária (SH)",
      ru: "Тарифная классификация (ГС)",
      ar: "التصنيف التعريفي (النظام المنسق)",
    },
  },
  {
    slug: "customs-valuation",
    names: {
      en: "Customs valuation",
      fr: "Valeur en douane",
      es: "Valoración en aduana",
      pt: "Valor aduaneiro",
      "pt-BR": "Valoração aduaneira",
      ru: "Таможенная стоимость",
      ar: "التقييم الجمركي",
    },
  },
  {
    slug: "rules-of-origin",
    names: {
      en: "Rules of origin",
      fr: "Règles d'origine",
      es: "Normas de origen",
      pt: "Regras de origem",
      "pt-BR": "Regras de origem",
      ru: "Правила происхождения",
      ar: "قواعد المنشأ",
    },
  },
  {
    slug: "trade-facilitation",
    names: {
      en: "Trade facilitation",
      fr: "Facilitation des échanges",
      es: "Facilitación del comercio",
      pt: "Facilitação do comércio",
      "pt-BR": "Facilitação do comércio",
      ru: "Упрощение процедур торговли",
      ar: "تيسير التجارة",
    },
  },
  {
    slug: "security-safe",
    names: {
      en: "Supply chain security (SAFE)",
      fr: "Sécurité de la chaîne logistique (SAFE)",
      es: "Seguridad de la cadena logística (SAFE)",
      pt: "Segurança da cadeia logística (SAFE)",
      "pt-BR": "Segurança da cadeia logística (SAFE)",
      ru: "Безопасность цепи поставок (SAFE)",
      ar: "أمن سلسلة الإمداد (SAFE)",
    },
  },
  {
    slug: "enforcement-compliance",
    names: {
      en: "Enforcement and compliance",
      fr: "Lutte contre la fraude et conformité",
      es: "Lucha contra el fraude y cumplimiento",
      pt: "Combate à fraude e conformidade",
      "pt-BR": "Combate à fraude e conformidade",
      ru: "Правоприменение и соблюдение требований",
      ar: "إنفاذ القانون والامتثال",
    },
  },
  {
    slug: "integrity",
    names: {
      en: "Integrity",
      fr: "Éthique",
      es: "Integridad",
      pt: "Integridade",
      "pt-BR": "Integridade",
      ru: "Добросовестность",
      ar: "النزاهة",
    },
  },
  {
    slug: "data-model-it",
    names: {
      en: "Data Model and IT",
      fr: "Modèle de données et informatique",
      es: "Modelo de datos e informática",
      pt: "Modelo de dados e informática",
      "pt-BR": "Modelo de dados e TI",
      ru: "Модель данных и ИТ",
      ar: "نموذج البيانات وتقنية المعلومات",
    },
  },
  {
    slug: "coordinated-border-management",
    names: {
      en: "Coordinated border management",
      fr: "Gestion coordonnée des frontières",
      es: "Gestión coordinada de fronteras",
      pt: "Gestão coordenada de fronteiras",
      "pt-BR": "Gestão coordenada de fronteiras",
      ru: "Скоординированное управление границами",
      ar: "الإدارة المنسقة للحدود",
    },
  },
  {
    slug: "revenue",
    names: {
      en: "Revenue",
      fr: "Recettes",
      es: "Recaudación",
      pt: "Receitas",
      "pt-BR": "Arrecadação",
      ru: "Доходы",
      ar: "الإيرادات",
    },
  },
  {
    slug: "risk-management",
    names: {
      en: "Risk management",
      fr: "Gestion des risques",
      es: "Gestión de riesgos",
      pt: "Gestão de riscos",
      "pt-BR": "Gestão de riscos",
      ru: "Управление рисками",
      ar: "إدارة المخاطر",
    },
  },
  {
    slug: "intellectual-property",
    names: {
      en: "Intellectual property rights",
      fr: "Droits de propriété intellectuelle",
      es: "Derechos de propiedad intelectual",
      pt: "Direitos de propriedade intelectual",
      "pt-BR": "Direitos de propriedade intelectual",
      ru: "Права интеллектуальной собственности",
      ar: "حقوق الملكية الفكرية",
    },
  },
  {
    slug: "environment-cites",
    names: {
      en: "Environment and CITES",
      fr: "Environnement et CITES",
      es: "Medio ambiente y CITES",
      pt: "Ambiente e CITES",
      "pt-BR": "Meio ambiente e CITES",
      ru: "Окружающая среда и СИТЕС",
      ar: "البيئة واتفاقية سايتس",
    },
  },
  {
    slug: "capacity-building",
    names: {
      en: "Capacity building and leadership",
      fr: "Renforcement des capacités et leadership",
      es: "Creación de capacidades y liderazgo",
      pt: "Reforço de capacidades e liderança",
      "pt-BR": "Capacitação e liderança",
      ru: "Наращивание потенциала и лидерство",
      ar: "بناء القدرات والقيادة",
    },
  },
];
