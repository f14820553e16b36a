// The demo catalogue, modelled on the WCO's e-learning offer. Texts exist in every language a course is
// available in; the course's languages are exactly the languages of its texts.
import type { Locale } from "./topics";

export interface CourseTextSeed {
  title: string;
  summary: string;
  description: string;
  objectives: string[];
}

type Region =
  | "EAST_SOUTHERN_AFRICA"
  | "WEST_CENTRAL_AFRICA"
  | "NORTH_AFRICA_MIDDLE_EAST"
  | "ASIA_PACIFIC"
  | "EUROPE"
  | "AMERICAS_CARIBBEAN";

export interface CourseSeed {
  code: string;
  owner: "WCO" | "KE" | "BE" | "BR" | "JO";
  type: "ELEARNING" | "WORKSHOP" | "RESOURCE" | "VCOA";
  audience: "CUSTOMS_ONLY" | "MEMBERS" | "PUBLIC";
  regions: Region[];
  languages: Locale[];
  topics: string[];
  durationMinutes: number;
  featured: boolean;
  guestAccess: boolean;
  selfEnrolment: boolean;
  hasCertificate: boolean;
  texts: Partial<Record<Locale, CourseTextSeed>>;
}

interface Options {
  featured?: boolean;
  guest?: boolean;
  /** Enrolment by WCO staff or the National Coordinator only. */
  closed?: boolean;
  certificate?: boolean;
  regions?: Region[];
}

const text = (title: string, summary: string, description: string, ...objectives: string[]): CourseTextSeed => ({
  title,
  summary,
  description,
  objectives,
});

function course(
  code: string,
  owner: CourseSeed["owner"],
  type: CourseSeed["type"],
  audience: CourseSeed["audience"],
  topics: string[],
  durationMinutes: number,
  texts: Partial<Record<Locale, CourseTextSeed>>,
  options: Options = {},
): CourseSeed {
  return {
    code,
    owner,
    type,
    audience,
    topics,
    durationMinutes,
    texts,
    regions: options.regions ?? [],
    languages: Object.keys(texts) as Locale[],
    featured: options.featured ?? false,
    guestAccess: options.guest ?? false,
    selfEnrolment: !options.closed,
    hasCertificate: options.certificate ?? type === "ELEARNING",
  };
}

export const COURSES: readonly CourseSeed[] = [
  course(
    "HS-101",
    "WCO",
    "ELEARNING",
    "PUBLIC",
    ["tariff-classification"],
    240,
    {
      en: text(
        "Introduction to the Harmonized System",
        "The structure, legal texts and General Interpretative Rules of the HS Nomenclature.",
        "Learn how the Harmonized System organises goods into sections, chapters, headings and subheadings, and how the six General Interpretative Rules decide the classification of a product.",
        "Read the HS Nomenclature and its legal notes",
        "Apply the General Interpretative Rules",
        "Classify common goods at six-digit level",
      ),
      fr: text(
        "Introduction au Système harmonisé",
        "La structure, les textes juridiques et les Règles générales interprétatives de la Nomenclature du SH.",
        "Découvrez comment le Système harmonisé répartit les marchandises en sections, chapitres, positions et sous-positions, et comment les six Règles générales interprétatives déterminent le classement d'un produit.",
        "Lire la Nomenclature du SH et ses notes légales",
        "Appliquer les Règles générales interprétatives",
        "Classer des marchandises courantes à six chiffres",
      ),
      es: text(
        "Introducción al Sistema Armonizado",
        "La estructura, los textos jurídicos y las Reglas Generales Interpretativas de la Nomenclatura del SA.",
        "Aprenda cómo el Sistema Armonizado organiza las mercancías en secciones, capítulos, partidas y subpartidas, y cómo las seis Reglas Generales Interpretativas deciden la clasificación de un producto.",
        "Leer la Nomenclatura del SA y sus notas legales",
        "Aplicar las Reglas Generales Interpretativas",
        "Clasificar mercancías comunes a seis dígitos",
      ),
      pt: text(
        "Introdução ao Sistema Harmonizado",
        "A estrutura, os textos jurídicos e as Regras Gerais Interpretativas da Nomenclatura do SH.",
        "Aprenda como o Sistema Harmonizado organiza as mercadorias em secções, capítulos, posições e subposições, e como as seis Regras Gerais Interpretativas decidem a classificação de um produto.",
        "Ler a Nomenclatura do SH e as suas notas legais",
        "Aplicar as Regras Gerais Interpretativas",
      ),
      "pt-BR": text(
        "Introdução ao Sistema Harmonizado",
        "A estrutura, os textos legais e as Regras Gerais Interpretativas da Nomenclatura do SH.",
        "Aprenda como o Sistema Harmonizado organiza as mercadorias em seções, capítulos, posições e subposições, e como as seis Regras Gerais Interpretativas decidem a classificação de um produto.",
        "Ler a Nomenclatura do SH e suas notas legais",
        "Aplicar as Regras Gerais Interpretativas",
      ),
      ru: text(
        "Введение в Гармонизированную систему",
        "Структура, правовые тексты и Основные правила интерпретации номенклатуры ГС.",
        "Узнайте, как Гармонизированная система распределяет товары по разделам, группам, товарным позициям и субпозициям и как шесть Основных правил интерпретации определяют классификацию товара.",
        "Читать номенклатуру ГС и её примечания",
        "Применять Основные правила интерпретации",
      ),
      ar: text(
        "مقدمة في النظام المنسق",
        "هيكل تسمية النظام المنسق ونصوصها القانونية وقواعدها العامة للتفسير.",
        "تعرّف على كيفية تنظيم النظام المنسق للبضائع في أقسام وفصول وبنود وبنود فرعية، وكيف تحدد القواعد العامة الست للتفسير تصنيف المنتج.",
        "قراءة تسمية النظام المنسق وملاحظاتها القانونية",
        "تطبيق القواعد العامة للتفسير",
      ),
    },
    { featured: true, guest: true },
  ),
  course(
    "HS-2028",
    "WCO",
    "ELEARNING",
    "PUBLIC",
    ["tariff-classification"],
    120,
    {
      en: text(
        "HS 2028: what changes",
        "The amendments of the 2028 edition of the Harmonized System, chapter by chapter.",
        "A guided tour of the new and deleted headings of HS 2028, with correlation tables and the reasons behind each amendment.",
        "Identify the amended headings",
        "Use the correlation tables",
      ),
      fr: text(
        "SH 2028 : ce qui change",
        "Les amendements de l'édition 2028 du Système harmonisé, chapitre par chapitre.",
        "Une visite guidée des positions créées et supprimées du SH 2028, avec les tables de corrélation et les raisons de chaque amendement.",
        "Repérer les positions modifiées",
        "Utiliser les tables de corrélation",
      ),
      es: text(
        "SA 2028: lo que cambia",
        "Las enmiendas de la edición 2028 del Sistema Armonizado, capítulo por capítulo.",
        "Un recorrido guiado por las partidas nuevas y suprimidas del SA 2028, con las tablas de correlación y los motivos de cada enmienda.",
        "Identificar las partidas modificadas",
        "Utilizar las tablas de correlación",
      ),
      ru: text(
        "ГС 2028: что меняется",
        "Поправки редакции Гармонизированной системы 2028 года по группам.",
        "Обзор новых и исключённых товарных позиций ГС 2028 с таблицами соответствия и обоснованием каждой поправки.",
        "Определять изменённые позиции",
        "Пользоваться таблицами соответствия",
      ),
    },
    { featured: true },
  ),
  course(
    "VAL-101",
    "WCO",
    "ELEARNING",
    "PUBLIC",
    ["customs-valuation", "revenue"],
    300,
    {
      en: text(
        "Customs Valuation: the WTO Valuation Agreement",
        "The transaction value method and the other methods of the WTO Valuation Agreement.",
        "Work through the six valuation methods in their order of application, the adjustments of Article 8, and the treatment of related-party transactions.",
        "Determine the transaction value",
        "Apply Article 8 adjustments",
        "Recognise when to use the alternative methods",
      ),
      fr: text(
        "Valeur en douane : l'Accord de l'OMC sur l'évaluation",
        "La méthode de la valeur transactionnelle et les autres méthodes de l'Accord de l'OMC sur l'évaluation.",
        "Étudiez les six méthodes d'évaluation dans leur ordre d'application, les ajustements de l'article 8 et le traitement des transactions entre personnes liées.",
        "Déterminer la valeur transactionnelle",
        "Appliquer les ajustements de l'article 8",
      ),
      es: text(
        "Valoración en aduana: el Acuerdo de Valoración de la OMC",
        "El método del valor de transacción y los demás métodos del Acuerdo de Valoración de la OMC.",
        "Recorra los seis métodos de valoración en su orden de aplicación, los ajustes del artículo 8 y el tratamiento de las transacciones entre partes vinculadas.",
        "Determinar el valor de transacción",
        "Aplicar los ajustes del artículo 8",
      ),
      ar: text(
        "التقييم الجمركي: اتفاق التقييم لمنظمة التجارة العالمية",
        "طريقة قيمة الصفقة والطرق الأخرى في اتفاق التقييم لمنظمة التجارة العالمية.",
        "ادرس طرق التقييم الست بترتيب تطبيقها، وتعديلات المادة 8، ومعاملة الصفقات بين الأطراف المرتبطة.",
        "تحديد قيمة الصفقة",
        "تطبيق تعديلات المادة 8",
      ),
    },
    { featured: true, guest: true },
  ),
  course("VAL-TP", "WCO", "ELEARNING", "MEMBERS", ["customs-valuation"], 180, {
    en: text(
      "Transfer pricing and customs valuation",
      "How transfer pricing documentation can support the customs value of related-party imports.",
      "Compare the OECD transfer pricing methods with the WTO valuation rules and learn to use transfer pricing studies when examining the circumstances of sale.",
      "Read a transfer pricing study",
      "Examine the circumstances of sale",
    ),
    fr: text(
      "Prix de transfert et valeur en douane",
      "Comment la documentation sur les prix de transfert peut étayer la valeur en douane des importations entre personnes liées.",
      "Comparez les méthodes de prix de transfert de l'OCDE avec les règles d'évaluation de l'OMC et apprenez à utiliser les études de prix de transfert pour examiner les circonstances de la vente.",
      "Lire une étude de prix de transfert",
      "Examiner les circonstances de la vente",
    ),
  }),
  course(
    "ORI-101",
    "WCO",
    "ELEARNING",
    "PUBLIC",
    ["rules-of-origin"],
    200,
    {
      en: text(
        "Rules of Origin",
        "Preferential and non-preferential origin, wholly obtained goods and substantial transformation.",
        "Understand origin criteria, cumulation, de minimis rules and proofs of origin, and how origin determines the duty rate and trade measures applied to goods.",
        "Distinguish preferential and non-preferential origin",
        "Apply origin criteria",
        "Verify proofs of origin",
      ),
      fr: text(
        "Règles d'origine",
        "Origine préférentielle et non préférentielle, produits entièrement obtenus et transformation substantielle.",
        "Comprenez les critères d'origine, le cumul, les règles de minimis et les preuves de l'origine, ainsi que leur effet sur le taux des droits et les mesures commerciales.",
        "Distinguer origine préférentielle et non préférentielle",
        "Appliquer les critères d'origine",
      ),
      es: text(
        "Normas de origen",
        "Origen preferencial y no preferencial, mercancías enteramente obtenidas y transformación sustancial.",
        "Comprenda los criterios de origen, la acumulación, las reglas de minimis y las pruebas de origen, y cómo el origen determina el tipo de derecho y las medidas comerciales.",
        "Distinguir el origen preferencial y no preferencial",
        "Aplicar los criterios de origen",
      ),
      ru: text(
        "Правила происхождения",
        "Преференциальное и непреференциальное происхождение, полностью полученные товары и достаточная переработка.",
        "Изучите критерии происхождения, кумуляцию, правила de minimis и доказательства происхождения, а также то, как происхождение определяет ставку пошлины и торговые меры.",
        "Различать преференциальное и непреференциальное происхождение",
        "Применять критерии происхождения",
      ),
      ar: text(
        "قواعد المنشأ",
        "المنشأ التفضيلي وغير التفضيلي، والبضائع المتحصل عليها كليًا، والتحويل الجوهري.",
        "افهم معايير المنشأ والتراكم وقواعد الحد الأدنى وإثباتات المنشأ، وكيف يحدد المنشأ معدل الرسوم والتدابير التجارية المطبقة على البضائع.",
        "التمييز بين المنشأ التفضيلي وغير التفضيلي",
        "تطبيق معايير المنشأ",
      ),
    },
    { featured: true, guest: true },
  ),
  course("RKC-101", "WCO", "ELEARNING", "MEMBERS", ["trade-facilitation"], 180, {
    en: text(
      "The Revised Kyoto Convention",
      "The blueprint for modern and efficient customs procedures.",
      "Study the General Annex and Specific Annexes of the Revised Kyoto Convention, its standards and recommended practices, and how administrations implement them.",
      "Explain the structure of the Convention",
      "Relate national procedures to its standards",
    ),
    fr: text(
      "La Convention de Kyoto révisée",
      "Le modèle de procédures douanières modernes et efficaces.",
      "Étudiez l'Annexe générale et les Annexes spécifiques de la Convention de Kyoto révisée, ses normes et pratiques recommandées, et leur mise en œuvre par les administrations.",
      "Expliquer la structure de la Convention",
      "Rapprocher les procédures nationales de ses normes",
    ),
    es: text(
      "El Convenio de Kyoto Revisado",
      "El modelo de procedimientos aduaneros modernos y eficientes.",
      "Estudie el Anexo General y los Anexos Específicos del Convenio de Kyoto Revisado, sus normas y prácticas recomendadas, y cómo las administraciones las aplican.",
      "Explicar la estructura del Convenio",
      "Relacionar los procedimientos nacionales con sus normas",
    ),
    ar: text(
      "اتفاقية كيوتو المعدلة",
      "المخطط الأساسي لإجراءات جمركية حديثة وفعالة.",
      "ادرس الملحق العام والملاحق الخاصة لاتفاقية كيوتو المعدلة، ومعاييرها وممارساتها الموصى بها، وكيفية تطبيقها من قبل الإدارات.",
      "شرح هيكل الاتفاقية",
      "ربط الإجراءات الوطنية بمعاييرها",
    ),
  }),
  course(
    "TFA-101",
    "WCO",
    "ELEARNING",
    "PUBLIC",
    ["trade-facilitation"],
    150,
    {
      en: text(
        "The WTO Trade Facilitation Agreement",
        "The measures of the TFA and the WCO tools that support their implementation.",
        "Go through the articles of the Trade Facilitation Agreement, from advance rulings to the single window, with the WCO Mercator Programme's implementation guidance.",
        "Describe the main TFA measures",
        "Find the WCO tools for each measure",
      ),
      fr: text(
        "L'Accord de l'OMC sur la facilitation des échanges",
        "Les mesures de l'AFE et les outils de l'OMD qui en soutiennent la mise en œuvre.",
        "Parcourez les articles de l'Accord sur la facilitation des échanges, des décisions anticipées au guichet unique, avec les orientations du Programme Mercator de l'OMD.",
        "Décrire les principales mesures de l'AFE",
        "Trouver les outils de l'OMD pour chaque mesure",
      ),
      es: text(
        "El Acuerdo sobre Facilitación del Comercio de la OMC",
        "Las medidas del AFC y las herramientas de la OMA que apoyan su aplicación.",
        "Recorra los artículos del Acuerdo sobre Facilitación del Comercio, desde las resoluciones anticipadas hasta la ventanilla única, con la orientación del Programa Mercator de la OMA.",
        "Describir las principales medidas del AFC",
        "Encontrar las herramientas de la OMA para cada medida",
      ),
      pt: text(
        "O Acordo de Facilitação do Comércio da OMC",
        "As medidas do AFC e as ferramentas da OMA que apoiam a sua aplicação.",
        "Percorra os artigos do Acordo de Facilitação do Comércio, das decisões antecipadas ao balcão único, com as orientações do Programa Mercator da OMA.",
        "Descrever as principais medidas do AFC",
      ),
      "pt-BR": text(
        "O Acordo de Facilitação do Comércio da OMC",
        "As medidas do AFC e as ferramentas da OMA que apoiam sua implementação.",
        "Percorra os artigos do Acordo de Facilitação do Comércio, das soluções de consulta ao guichê único, com as orientações do Programa Mercator da OMA.",
        "Descrever as principais medidas do AFC",
      ),
    },
    { guest: true },
  ),
  course(
    "SAFE-101",
    "WCO",
    "ELEARNING",
    "MEMBERS",
    ["security-safe", "risk-management"],
    180,
    {
      en: text(
        "The SAFE Framework of Standards",
        "Securing and facilitating global trade through Customs-to-Customs and Customs-to-Business pillars.",
        "Learn the pillars of the SAFE Framework of Standards, advance electronic cargo information, risk management and mutual recognition.",
        "Explain the three pillars of SAFE",
        "Describe advance electronic information requirements",
      ),
      fr: text(
        "Le Cadre de normes SAFE",
        "Sécuriser et faciliter le commerce mondial grâce aux piliers douane-douane et douane-entreprises.",
        "Découvrez les piliers du Cadre de normes SAFE, les renseignements électroniques préalables sur les marchandises, la gestion des risques et la reconnaissance mutuelle.",
        "Expliquer les trois piliers de SAFE",
        "Décrire les exigences de renseignements préalables",
      ),
      es: text(
        "El Marco Normativo SAFE",
        "Asegurar y facilitar el comercio mundial mediante los pilares aduana-aduana y aduana-empresa.",
        "Conozca los pilares del Marco Normativo SAFE, la información electrónica anticipada sobre la carga, la gestión de riesgos y el reconocimiento mutuo.",
        "Explicar los tres pilares de SAFE",
        "Describir los requisitos de información anticipada",
      ),
      ru: text(
        "Рамочные стандарты SAFE",
        "Обеспечение безопасности и упрощение мировой торговли: взаимодействие «таможня — таможня» и «таможня — бизнес».",
        "Изучите основы Рамочных стандартов SAFE, предварительную электронную информацию о грузах, управление рисками и взаимное признание.",
        "Объяснять три основы SAFE",
        "Описывать требования к предварительной информации",
      ),
      ar: text(
        "إطار معايير سيف",
        "تأمين التجارة العالمية وتيسيرها عبر ركيزتي الجمارك مع الجمارك والجمارك مع قطاع الأعمال.",
        "تعرّف على ركائز إطار معايير سيف، والمعلومات الإلكترونية المسبقة عن البضائع، وإدارة المخاطر، والاعتراف المتبادل.",
        "شرح الركائز الثلاث لإطار سيف",
        "وصف متطلبات المعلومات المسبقة",
      ),
    },
    { featured: true },
  ),
  course(
    "AEO-101",
    "WCO",
    "ELEARNING",
    "PUBLIC",
    ["security-safe", "trade-facilitation"],
    150,
    {
      en: text(
        "Authorized Economic Operator programmes",
        "Designing, running and mutually recognising AEO programmes.",
        "Follow the life of an AEO programme: eligibility criteria, validation, benefits, monitoring and mutual recognition arrangements between administrations.",
        "Set AEO criteria and benefits",
        "Prepare a mutual recognition arrangement",
      ),
      fr: text(
        "Les programmes d'Opérateur économique agréé",
        "Concevoir, gérer et reconnaître mutuellement les programmes OEA.",
        "Suivez la vie d'un programme OEA : critères d'admissibilité, validation, avantages, suivi et arrangements de reconnaissance mutuelle entre administrations.",
        "Définir les critères et avantages OEA",
        "Préparer un arrangement de reconnaissance mutuelle",
      ),
      es: text(
        "Programas de Operador Económico Autorizado",
        "Diseñar, gestionar y reconocer mutuamente los programas OEA.",
        "Siga la vida de un programa OEA: criterios de admisibilidad, validación, beneficios, seguimiento y acuerdos de reconocimiento mutuo entre administraciones.",
        "Definir criterios y beneficios OEA",
        "Preparar un acuerdo de reconocimiento mutuo",
      ),
    },
    { guest: true },
  ),
  course("DM-101", "WCO", "ELEARNING", "MEMBERS", ["data-model-it"], 210, {
    en: text(
      "The WCO Data Model",
      "Harmonised data sets and messages for cross-border regulatory processes.",
      "Understand the structure of the WCO Data Model, its information packages and derived models, and how it underpins single windows and data exchange.",
      "Navigate the Data Model",
      "Build an information package",
    ),
    fr: text(
      "Le Modèle de données de l'OMD",
      "Des ensembles de données et messages harmonisés pour les procédures réglementaires transfrontalières.",
      "Comprenez la structure du Modèle de données de l'OMD, ses dossiers d'information et modèles dérivés, et son rôle dans les guichets uniques et l'échange de données.",
      "Parcourir le Modèle de données",
      "Construire un dossier d'information",
    ),
    ru: text(
      "Модель данных ВТамО",
      "Гармонизированные наборы данных и сообщения для трансграничных регулирующих процедур.",
      "Изучите структуру Модели данных ВТамО, её информационные пакеты и производные модели, а также её роль в механизмах «единого окна» и обмене данными.",
      "Ориентироваться в Модели данных",
      "Составлять информационный пакет",
    ),
  }),
  course("CBM-101", "WCO", "ELEARNING", "MEMBERS", ["coordinated-border-management"], 120, {
    en: text(
      "Coordinated Border Management",
      "Working with other border agencies for faster, safer crossings.",
      "Explore the models of coordinated border management, from shared facilities to joint controls and one-stop border posts, with examples from WCO Members.",
      "Compare CBM models",
      "Plan a joint control",
    ),
    fr: text(
      "Gestion coordonnée des frontières",
      "Travailler avec les autres services présents aux frontières pour des passages plus rapides et plus sûrs.",
      "Explorez les modèles de gestion coordonnée des frontières, des installations partagées aux contrôles conjoints et aux postes frontaliers à guichet unique, avec des exemples de Membres de l'OMD.",
      "Comparer les modèles de GCF",
      "Planifier un contrôle conjoint",
    ),
    ar: text(
      "الإدارة المنسقة للحدود",
      "العمل مع الجهات الحدودية الأخرى من أجل عبور أسرع وأكثر أمانًا.",
      "استكشف نماذج الإدارة المنسقة للحدود، من المرافق المشتركة إلى الرقابة المشتركة والمراكز الحدودية الموحدة، مع أمثلة من أعضاء المنظمة.",
      "مقارنة نماذج الإدارة المنسقة",
      "تخطيط رقابة مشتركة",
    ),
  }),
  course(
    "RM-101",
    "WCO",
    "ELEARNING",
    "MEMBERS",
    ["risk-management"],
    240,
    {
      en: text(
        "Risk management and selectivity",
        "From risk indicators to selectivity profiles and their evaluation.",
        "Learn the risk management cycle of the WCO Risk Management Compendium: identifying, analysing and treating risks, and evaluating the results of controls.",
        "Write risk indicators",
        "Evaluate selectivity profiles",
      ),
      fr: text(
        "Gestion des risques et sélectivité",
        "Des indicateurs de risque aux profils de sélectivité et à leur évaluation.",
        "Apprenez le cycle de gestion des risques du Recueil de l'OMD : identifier, analyser et traiter les risques, puis évaluer les résultats des contrôles.",
        "Rédiger des indicateurs de risque",
        "Évaluer des profils de sélectivité",
      ),
      es: text(
        "Gestión de riesgos y selectividad",
        "De los indicadores de riesgo a los perfiles de selectividad y su evaluación.",
        "Aprenda el ciclo de gestión de riesgos del Compendio de la OMA: identificar, analizar y tratar los riesgos, y evaluar los resultados de los controles.",
        "Redactar indicadores de riesgo",
        "Evaluar perfiles de selectividad",
      ),
      ru: text(
        "Управление рисками и селективность",
        "От индикаторов риска к профилям селективности и их оценке.",
        "Изучите цикл управления рисками по Сборнику ВТамО: выявление, анализ и обработка рисков, оценка результатов контроля.",
        "Составлять индикаторы риска",
        "Оценивать профили селективности",
      ),
    },
    { featured: true },
  ),
  course("PCA-101", "WCO", "ELEARNING", "MEMBERS", ["risk-management", "revenue"], 240, {
    en: text(
      "Post-Clearance Audit",
      "Planning and conducting audits of traders after the release of goods.",
      "Follow the WCO Guidelines for Post-Clearance Audit from audit selection to the final report, including the examination of commercial records and systems.",
      "Select traders for audit",
      "Conduct an audit and report findings",
    ),
    fr: text(
      "Contrôle a posteriori",
      "Planifier et réaliser le contrôle des opérateurs après la mainlevée des marchandises.",
      "Suivez les Directives de l'OMD sur le contrôle a posteriori, de la sélection des opérateurs au rapport final, y compris l'examen des écritures et systèmes commerciaux.",
      "Sélectionner les opérateurs à contrôler",
      "Réaliser un contrôle et en rendre compte",
    ),
    es: text(
      "Control posterior al despacho",
      "Planificar y realizar auditorías de operadores después del levante de las mercancías.",
      "Siga las Directrices de la OMA sobre control posterior al despacho, desde la selección de operadores hasta el informe final, incluido el examen de registros y sistemas comerciales.",
      "Seleccionar operadores para auditoría",
      "Realizar una auditoría e informar",
    ),
  }),
  course(
    "INT-101",
    "WCO",
    "ELEARNING",
    "MEMBERS",
    ["integrity"],
    90,
    {
      en: text(
        "Integrity: the Revised Arusha Declaration",
        "The ten key factors of an integrity programme in Customs.",
        "Study the Revised Arusha Declaration and the WCO Integrity Development Guide, and learn to recognise and respond to corruption risks in daily work.",
        "Name the ten key factors",
        "Respond to an integrity dilemma",
      ),
      fr: text(
        "Éthique : la Déclaration d'Arusha révisée",
        "Les dix facteurs clés d'un programme d'éthique dans les douanes.",
        "Étudiez la Déclaration d'Arusha révisée et le Guide de développement de l'éthique de l'OMD, et apprenez à reconnaître les risques de corruption dans le travail quotidien et à y répondre.",
        "Citer les dix facteurs clés",
        "Réagir face à un dilemme éthique",
      ),
      es: text(
        "Integridad: la Declaración de Arusha Revisada",
        "Los diez factores clave de un programa de integridad en las aduanas.",
        "Estudie la Declaración de Arusha Revisada y la Guía para el desarrollo de la integridad de la OMA, y aprenda a reconocer los riesgos de corrupción en el trabajo diario y a responder a ellos.",
        "Nombrar los diez factores clave",
        "Responder a un dilema de integridad",
      ),
      pt: text(
        "Integridade: a Declaração de Arusha Revista",
        "Os dez fatores-chave de um programa de integridade nas alfândegas.",
        "Estude a Declaração de Arusha Revista e o Guia de Desenvolvimento da Integridade da OMA, e aprenda a reconhecer e responder aos riscos de corrupção no trabalho diário.",
        "Enumerar os dez fatores-chave",
      ),
      "pt-BR": text(
        "Integridade: a Declaração de Arusha Revisada",
        "Os dez fatores-chave de um programa de integridade nas aduanas.",
        "Estude a Declaração de Arusha Revisada e o Guia de Desenvolvimento da Integridade da OMA, e aprenda a reconhecer e responder aos riscos de corrupção no trabalho diário.",
        "Enumerar os dez fatores-chave",
      ),
      ru: text(
        "Добросовестность: пересмотренная Арушская декларация",
        "Десять ключевых факторов программы обеспечения добросовестности в таможне.",
        "Изучите пересмотренную Арушскую декларацию и Руководство ВТамО по развитию добросовестности и научитесь распознавать коррупционные риски в повседневной работе и реагировать на них.",
        "Назвать десять ключевых факторов",
      ),
      ar: text(
        "النزاهة: إعلان أروشا المعدل",
        "العوامل الرئيسية العشرة لبرنامج النزاهة في الجمارك.",
        "ادرس إعلان أروشا المعدل ودليل تطوير النزاهة الصادر عن المنظمة، وتعلّم كيفية التعرف على مخاطر الفساد في العمل اليومي والتصدي لها.",
        "ذكر العوامل الرئيسية العشرة",
      ),
    },
    { featured: true },
  ),
  course("IPR-101", "WCO", "ELEARNING", "MEMBERS", ["intellectual-property", "enforcement-compliance"], 120, {
    en: text(
      "Border enforcement of intellectual property rights",
      "Detecting counterfeit and pirated goods at the border.",
      "Learn the legal basis for border measures under the TRIPS Agreement, how right holders apply for action, and how to detect and handle suspected counterfeits.",
      "Apply border measures",
      "Work with right holders",
    ),
    fr: text(
      "Protection des droits de propriété intellectuelle aux frontières",
      "Détecter les marchandises contrefaisantes et piratées à la frontière.",
      "Apprenez la base juridique des mesures à la frontière prévues par l'Accord sur les ADPIC, la demande d'intervention des titulaires de droits et le traitement des contrefaçons présumées.",
      "Appliquer les mesures à la frontière",
      "Travailler avec les titulaires de droits",
    ),
    es: text(
      "Protección en frontera de los derechos de propiedad intelectual",
      "Detectar mercancías falsificadas y piratas en la frontera.",
      "Conozca la base jurídica de las medidas en frontera del Acuerdo sobre los ADPIC, la solicitud de intervención de los titulares de derechos y el tratamiento de las falsificaciones sospechosas.",
      "Aplicar las medidas en frontera",
      "Trabajar con los titulares de derechos",
    ),
  }),
  course("CITES-101", "WCO", "ELEARNING", "MEMBERS", ["environment-cites", "enforcement-compliance"], 150, {
    en: text(
      "CITES and wildlife trafficking",
      "Controlling trade in endangered species of wild fauna and flora.",
      "Understand the CITES Appendices and permits, the species most often trafficked, and the indicators that point to illegal wildlife trade in shipments and baggage.",
      "Check CITES permits",
      "Spot wildlife trafficking indicators",
    ),
    fr: text(
      "CITES et trafic d'espèces sauvages",
      "Contrôler le commerce des espèces de faune et de flore sauvages menacées d'extinction.",
      "Comprenez les Annexes et permis CITES, les espèces les plus trafiquées et les indicateurs de commerce illégal dans les envois et les bagages.",
      "Vérifier les permis CITES",
      "Repérer les indicateurs de trafic",
    ),
    es: text(
      "CITES y tráfico de vida silvestre",
      "Controlar el comercio de especies amenazadas de fauna y flora silvestres.",
      "Comprenda los Apéndices y permisos CITES, las especies más traficadas y los indicadores de comercio ilegal en envíos y equipajes.",
      "Verificar los permisos CITES",
      "Detectar indicadores de tráfico",
    ),
  }),
  course(
    "ECOM-101",
    "WCO",
    "ELEARNING",
    "PUBLIC",
    ["trade-facilitation", "revenue"],
    120,
    {
      en: text(
        "Cross-border e-commerce",
        "The WCO Framework of Standards on Cross-Border E-Commerce.",
        "Learn how administrations handle the growing volume of low-value parcels: advance data, risk management, revenue collection models and cooperation with postal operators.",
        "Apply the E-Commerce Framework standards",
        "Compare revenue collection models",
      ),
      fr: text(
        "Commerce électronique transfrontalier",
        "Le Cadre de normes de l'OMD sur le commerce électronique transfrontalier.",
        "Découvrez comment les administrations gèrent le volume croissant de colis de faible valeur : données préalables, gestion des risques, modèles de perception et coopération avec les opérateurs postaux.",
        "Appliquer les normes du Cadre",
        "Comparer les modèles de perception",
      ),
      es: text(
        "Comercio electrónico transfronterizo",
        "El Marco Normativo de la OMA sobre el comercio electrónico transfronterizo.",
        "Aprenda cómo las administraciones gestionan el creciente volumen de paquetes de bajo valor: datos anticipados, gestión de riesgos, modelos de recaudación y cooperación con los operadores postales.",
        "Aplicar las normas del Marco",
        "Comparar modelos de recaudación",
      ),
      pt: text(
        "Comércio eletrónico transfronteiriço",
        "O Quadro de Normas da OMA sobre o comércio eletrónico transfronteiriço.",
        "Saiba como as administrações gerem o volume crescente de encomendas de baixo valor: dados antecipados, gestão de riscos, modelos de cobrança e cooperação com os operadores postais.",
        "Aplicar as normas do Quadro",
      ),
      "pt-BR": text(
        "Comércio eletrônico transfronteiriço",
        "A Estrutura Normativa da OMA sobre o comércio eletrônico transfronteiriço.",
        "Saiba como as administrações lidam com o volume crescente de remessas de baixo valor: dados antecipados, gestão de riscos, modelos de arrecadação e cooperação com os operadores postais.",
        "Aplicar as normas da Estrutura",
      ),
    },
    { featured: true, guest: true },
  ),
  course("TRS-101", "WCO", "ELEARNING", "PUBLIC", ["trade-facilitation"], 90, {
    en: text(
      "Time Release Study",
      "Measuring the time it takes to release goods, and acting on the results.",
      "Plan and carry out a Time Release Study following the WCO Guide, and use its findings to remove bottlenecks in border procedures.",
      "Plan a Time Release Study",
      "Interpret its results",
    ),
    fr: text(
      "Étude sur le temps nécessaire pour la mainlevée",
      "Mesurer le temps nécessaire à la mainlevée des marchandises et agir sur les résultats.",
      "Planifiez et réalisez une étude sur le temps nécessaire pour la mainlevée selon le Guide de l'OMD, et utilisez ses conclusions pour supprimer les goulets d'étranglement.",
      "Planifier une étude",
      "Interpréter ses résultats",
    ),
  }),
  course("GEN-101", "WCO", "ELEARNING", "MEMBERS", ["capacity-building"], 60, {
    en: text(
      "Gender equality and diversity in Customs",
      "Building a more inclusive administration with the WCO GEOAT.",
      "Use the Gender Equality Organizational Assessment Tool to assess policies, recruitment and working conditions, and plan improvements.",
      "Use the GEOAT",
      "Plan inclusive measures",
    ),
    fr: text(
      "Égalité des genres et diversité dans les douanes",
      "Bâtir une administration plus inclusive avec l'outil GEOAT de l'OMD.",
      "Utilisez l'outil d'évaluation organisationnelle de l'égalité des genres pour examiner les politiques, le recrutement et les conditions de travail, et planifier des améliorations.",
      "Utiliser le GEOAT",
      "Planifier des mesures inclusives",
    ),
    es: text(
      "Igualdad de género y diversidad en las aduanas",
      "Construir una administración más inclusiva con la herramienta GEOAT de la OMA.",
      "Utilice la herramienta de evaluación organizacional de la igualdad de género para revisar las políticas, la contratación y las condiciones de trabajo, y planificar mejoras.",
      "Utilizar la GEOAT",
      "Planificar medidas inclusivas",
    ),
  }),
  course("LEAD-101", "WCO", "ELEARNING", "MEMBERS", ["capacity-building"], 300, {
    en: text(
      "Leadership and Management Development",
      "Leading people and change in a customs administration.",
      "Develop the leadership skills of the WCO Leadership and Management Development programme: strategic thinking, change management, communication and performance management.",
      "Lead a change project",
      "Manage team performance",
    ),
    fr: text(
      "Développement du leadership et de la gestion",
      "Diriger les personnes et le changement dans une administration des douanes.",
      "Développez les compétences du programme de l'OMD sur le leadership et la gestion : pensée stratégique, conduite du changement, communication et gestion de la performance.",
      "Conduire un projet de changement",
      "Gérer la performance d'une équipe",
    ),
  }),
  course("LAB-101", "WCO", "ELEARNING", "MEMBERS", ["tariff-classification", "enforcement-compliance"], 120, {
    en: text(
      "Customs laboratories",
      "Sampling goods and using laboratory analysis for classification and enforcement.",
      "Learn how to take, seal and send samples, what customs laboratories can analyse, and how to read an analysis report.",
      "Take and seal samples",
      "Read an analysis report",
    ),
  }),
  course("MERC-101", "WCO", "RESOURCE", "MEMBERS", ["trade-facilitation", "capacity-building"], 45, {
    en: text(
      "Mercator Programme toolkit",
      "Guides and case studies for implementing trade facilitation.",
      "A collection of WCO guides, implementation plans and case studies from the Mercator Programme, to support administrations in their reforms.",
      "Find the right guide for a reform",
    ),
    fr: text(
      "Boîte à outils du Programme Mercator",
      "Guides et études de cas pour mettre en œuvre la facilitation des échanges.",
      "Un recueil de guides de l'OMD, de plans de mise en œuvre et d'études de cas du Programme Mercator pour accompagner les administrations dans leurs réformes.",
      "Trouver le bon guide pour une réforme",
    ),
    es: text(
      "Caja de herramientas del Programa Mercator",
      "Guías y estudios de caso para aplicar la facilitación del comercio.",
      "Una colección de guías de la OMA, planes de aplicación y estudios de caso del Programa Mercator para apoyar a las administraciones en sus reformas.",
      "Encontrar la guía adecuada para una reforma",
    ),
  }),
  course("HS-EXPL", "WCO", "RESOURCE", "MEMBERS", ["tariff-classification"], 30, {
    en: text(
      "Using the HS Explanatory Notes",
      "A short guide to the Explanatory Notes and classification opinions.",
      "How to search the Explanatory Notes, the Compendium of Classification Opinions and HS Committee decisions when classifying difficult goods.",
      "Search the Explanatory Notes",
    ),
    fr: text(
      "Utiliser les Notes explicatives du SH",
      "Un guide court des Notes explicatives et des avis de classement.",
      "Comment consulter les Notes explicatives, le Recueil des avis de classement et les décisions du Comité du SH pour classer des marchandises difficiles.",
      "Consulter les Notes explicatives",
    ),
  }),
  course("VAL-GUIDE", "WCO", "RESOURCE", "PUBLIC", ["customs-valuation"], 30, {
    en: text(
      "Guide to Customs Valuation and Transfer Pricing",
      "The WCO reference guide, with worked examples.",
      "The WCO Guide to Customs Valuation and Transfer Pricing, with case studies from administrations and the Technical Committee on Customs Valuation.",
      "Consult the guide's case studies",
    ),
    es: text(
      "Guía sobre valoración en aduana y precios de transferencia",
      "La guía de referencia de la OMA, con ejemplos prácticos.",
      "La Guía de la OMA sobre valoración en aduana y precios de transferencia, con estudios de caso de administraciones y del Comité Técnico de Valoración en Aduana.",
      "Consultar los estudios de caso de la guía",
    ),
  }),
  course("SW-GUIDE", "WCO", "RESOURCE", "PUBLIC", ["data-model-it", "coordinated-border-management"], 40, {
    en: text(
      "Single Window compendium",
      "Building a Single Window environment, step by step.",
      "The WCO Compendium on building a Single Window environment: governance, business process analysis, data harmonisation and technology choices.",
      "Plan a Single Window project",
    ),
    fr: text(
      "Recueil sur le guichet unique",
      "Mettre en place un environnement de guichet unique, étape par étape.",
      "Le Recueil de l'OMD sur la mise en place d'un environnement de guichet unique : gouvernance, analyse des processus, harmonisation des données et choix technologiques.",
      "Planifier un projet de guichet unique",
    ),
    ar: text(
      "خلاصة النافذة الواحدة",
      "بناء بيئة النافذة الواحدة خطوة بخطوة.",
      "خلاصة المنظمة بشأن بناء بيئة النافذة الواحدة: الحوكمة، وتحليل العمليات، ومواءمة البيانات، والخيارات التقنية.",
      "تخطيط مشروع نافذة واحدة",
    ),
  }),
  course(
    "ENF-DRUGS",
    "WCO",
    "ELEARNING",
    "CUSTOMS_ONLY",
    ["enforcement-compliance"],
    240,
    {
      en: text(
        "Drug trafficking: detection and interdiction",
        "Concealment methods, routes and indicators of drug smuggling.",
        "Restricted to Customs officers. Study current trafficking routes, concealment methods in cargo, vehicles and passengers, and the safe handling of seized substances.",
        "Recognise concealment methods",
        "Handle seizures safely",
      ),
      fr: text(
        "Trafic de drogue : détection et interception",
        "Méthodes de dissimulation, itinéraires et indicateurs du trafic de stupéfiants.",
        "Réservé aux agents des douanes. Étudiez les itinéraires actuels, les méthodes de dissimulation dans le fret, les véhicules et sur les voyageurs, ainsi que la manipulation sûre des saisies.",
        "Reconnaître les méthodes de dissimulation",
        "Traiter les saisies en sécurité",
      ),
      es: text(
        "Tráfico de drogas: detección e interceptación",
        "Métodos de ocultación, rutas e indicadores del contrabando de drogas.",
        "Reservado a los funcionarios de aduanas. Estudie las rutas actuales, los métodos de ocultación en la carga, los vehículos y los pasajeros, y la manipulación segura de las incautaciones.",
        "Reconocer los métodos de ocultación",
        "Tratar las incautaciones con seguridad",
      ),
      ru: text(
        "Незаконный оборот наркотиков: выявление и пресечение",
        "Способы сокрытия, маршруты и индикаторы контрабанды наркотиков.",
        "Только для сотрудников таможни. Изучите актуальные маршруты, способы сокрытия в грузах, транспортных средствах и у пассажиров, а также безопасное обращение с изъятым.",
        "Распознавать способы сокрытия",
        "Безопасно обращаться с изъятием",
      ),
      ar: text(
        "الاتجار بالمخدرات: الكشف والضبط",
        "أساليب الإخفاء والطرق ومؤشرات تهريب المخدرات.",
        "مخصص لموظفي الجمارك فقط. ادرس طرق الاتجار الحالية وأساليب الإخفاء في البضائع والمركبات ولدى المسافرين، والتعامل الآمن مع المضبوطات.",
        "التعرف على أساليب الإخفاء",
        "التعامل الآمن مع المضبوطات",
      ),
    },
    { featured: true },
  ),
  course("ENF-PREC", "WCO", "ELEARNING", "CUSTOMS_ONLY", ["enforcement-compliance"], 120, {
    en: text(
      "Drug precursors and new psychoactive substances",
      "Controlling the chemicals diverted to make illicit drugs.",
      "Restricted to Customs officers. Identify controlled precursor chemicals and new psychoactive substances, their legitimate uses, and the signs of diversion in trade documents.",
      "Identify controlled precursors",
      "Detect diversion in documents",
    ),
    fr: text(
      "Précurseurs de drogues et nouvelles substances psychoactives",
      "Contrôler les produits chimiques détournés pour fabriquer des drogues illicites.",
      "Réservé aux agents des douanes. Identifiez les précurseurs chimiques contrôlés et les nouvelles substances psychoactives, leurs usages licites et les signes de détournement dans les documents commerciaux.",
      "Identifier les précurseurs contrôlés",
      "Détecter un détournement dans les documents",
    ),
  }),
  course("ENF-STCE", "WCO", "ELEARNING", "CUSTOMS_ONLY", ["enforcement-compliance", "security-safe"], 300, {
    en: text(
      "Strategic Trade Control Enforcement",
      "Detecting dual-use goods and weapons-related trade.",
      "Restricted to Customs officers. The WCO STCE programme: licensing, the identification of strategic goods, risk indicators and investigation of proliferation networks.",
      "Identify strategic goods",
      "Apply STCE risk indicators",
    ),
    ru: text(
      "Правоприменение в области контроля стратегической торговли",
      "Выявление товаров двойного назначения и торговли, связанной с оружием.",
      "Только для сотрудников таможни. Программа ВТамО STCE: лицензирование, идентификация стратегических товаров, индикаторы риска и расследование сетей распространения.",
      "Идентифицировать стратегические товары",
      "Применять индикаторы риска",
    ),
  }),
  course(
    "ENF-PAX",
    "WCO",
    "ELEARNING",
    "CUSTOMS_ONLY",
    ["enforcement-compliance", "risk-management", "data-model-it"],
    180,
    {
      en: text(
        "Passenger control with API and PNR",
        "Using advance passenger information for targeting.",
        "Restricted to Customs officers. Use API and PNR data for risk assessment of travellers, in line with the WCO/IATA/ICAO guidelines and data protection rules.",
        "Analyse API/PNR data",
        "Build passenger risk profiles",
      ),
      ar: text(
        "مراقبة المسافرين باستخدام المعلومات المسبقة وسجلات الحجز",
        "استخدام المعلومات المسبقة عن المسافرين في الاستهداف.",
        "مخصص لموظفي الجمارك فقط. استخدم بيانات المعلومات المسبقة عن المسافرين وسجلات أسماء الركاب لتقييم مخاطر المسافرين وفقًا للمبادئ التوجيهية وقواعد حماية البيانات.",
        "تحليل بيانات المسافرين",
        "بناء ملفات مخاطر المسافرين",
      ),
    },
  ),
  course(
    "ENF-CCP",
    "WCO",
    "WORKSHOP",
    "CUSTOMS_ONLY",
    ["enforcement-compliance", "risk-management"],
    2400,
    {
      en: text(
        "Container Control Programme: port control unit training",
        "Hands-on profiling and inspection of high-risk containers.",
        "Restricted to Customs officers. A practical training for joint port control units of the UNODC-WCO Container Control Programme, with profiling exercises and inspections.",
        "Profile high-risk containers",
        "Carry out a container inspection",
      ),
      fr: text(
        "Programme de contrôle des conteneurs : formation des unités de contrôle portuaire",
        "Ciblage et inspection pratiques des conteneurs à haut risque.",
        "Réservé aux agents des douanes. Une formation pratique pour les unités conjointes de contrôle portuaire du Programme ONUDC-OMD de contrôle des conteneurs, avec exercices de ciblage et inspections.",
        "Cibler les conteneurs à haut risque",
        "Réaliser une inspection de conteneur",
      ),
    },
    { closed: true },
  ),
  course("ENF-INTEL", "WCO", "ELEARNING", "CUSTOMS_ONLY", ["enforcement-compliance", "risk-management"], 180, {
    en: text(
      "Customs intelligence analysis",
      "From raw information to actionable intelligence.",
      "Restricted to Customs officers. The intelligence cycle, source evaluation, link analysis and the production of tactical and strategic intelligence reports.",
      "Evaluate sources",
      "Write an intelligence report",
    ),
    es: text(
      "Análisis de inteligencia aduanera",
      "De la información en bruto a la inteligencia útil.",
      "Reservado a los funcionarios de aduanas. El ciclo de inteligencia, la evaluación de fuentes, el análisis de vínculos y la elaboración de informes de inteligencia táctica y estratégica.",
      "Evaluar fuentes",
      "Redactar un informe de inteligencia",
    ),
  }),
  course("ENF-CD", "WCO", "ELEARNING", "CUSTOMS_ONLY", ["enforcement-compliance"], 90, {
    en: text(
      "Controlled deliveries",
      "Planning international controlled deliveries with partner agencies.",
      "Restricted to Customs officers. The legal and operational conditions of controlled deliveries, the use of the CENcomm secure channel, and coordination across borders.",
      "Plan a controlled delivery",
    ),
    ru: text(
      "Контролируемые поставки",
      "Планирование международных контролируемых поставок вместе с партнёрскими ведомствами.",
      "Только для сотрудников таможни. Правовые и оперативные условия контролируемых поставок, использование защищённого канала CENcomm и координация между странами.",
      "Планировать контролируемую поставку",
    ),
  }),
  course(
    "WS-WCA-VAL",
    "WCO",
    "WORKSHOP",
    "MEMBERS",
    ["customs-valuation"],
    1440,
    {
      en: text(
        "Regional workshop on customs valuation for West and Central Africa",
        "Three days of case studies with valuation experts of the region.",
        "A regional workshop for valuation officers of West and Central Africa, hosted by a Regional Training Centre, with case studies on undervaluation and related-party transactions.",
        "Solve valuation cases",
        "Share regional practices",
      ),
      fr: text(
        "Atelier régional sur la valeur en douane pour l'Afrique occidentale et centrale",
        "Trois jours d'études de cas avec les experts en évaluation de la région.",
        "Un atelier régional pour les agents chargés de l'évaluation en Afrique occidentale et centrale, accueilli par un Centre régional de formation, avec des études de cas sur la sous-évaluation et les transactions entre personnes liées.",
        "Résoudre des cas d'évaluation",
        "Partager les pratiques régionales",
      ),
    },
    { closed: true, regions: ["WEST_CENTRAL_AFRICA"] },
  ),
  course(
    "WS-AP-HS",
    "WCO",
    "WORKSHOP",
    "MEMBERS",
    ["tariff-classification"],
    1440,
    {
      en: text(
        "Asia/Pacific regional workshop on HS 2028 implementation",
        "Preparing tariffs and systems for HS 2028.",
        "A regional workshop for Asia/Pacific administrations on transposing HS 2028 into national tariffs and updating IT systems in time.",
        "Transpose HS 2028 into the national tariff",
      ),
    },
    { regions: ["ASIA_PACIFIC"] },
  ),
  course(
    "WS-MENA-AEO",
    "WCO",
    "WORKSHOP",
    "MEMBERS",
    ["security-safe"],
    960,
    {
      en: text(
        "MENA workshop on AEO mutual recognition",
        "Two days on negotiating and running mutual recognition arrangements.",
        "A workshop for AEO programme managers of the North of Africa, Near and Middle East region, on comparing programmes and preparing mutual recognition.",
        "Compare AEO programmes",
        "Prepare a mutual recognition roadmap",
      ),
      ar: text(
        "ورشة عمل إقليمية حول الاعتراف المتبادل بالمشغل الاقتصادي المعتمد",
        "يومان حول التفاوض على ترتيبات الاعتراف المتبادل وتنفيذها.",
        "ورشة عمل لمديري برامج المشغل الاقتصادي المعتمد في منطقة شمال أفريقيا والشرق الأدنى والأوسط، لمقارنة البرامج والتحضير للاعتراف المتبادل.",
        "مقارنة برامج المشغل الاقتصادي المعتمد",
        "إعداد خارطة طريق للاعتراف المتبادل",
      ),
    },
    { closed: true, regions: ["NORTH_AFRICA_MIDDLE_EAST"] },
  ),
  course("WS-GLOBAL-ECOM", "WCO", "WORKSHOP", "PUBLIC", ["trade-facilitation"], 480, {
    en: text(
      "Global webinar series on e-commerce",
      "Online sessions with administrations, postal operators and platforms.",
      "A series of online sessions bringing together administrations, postal operators and e-commerce platforms to discuss data sharing and revenue collection.",
      "Discuss data sharing models",
    ),
    fr: text(
      "Série mondiale de webinaires sur le commerce électronique",
      "Des sessions en ligne avec les administrations, les opérateurs postaux et les plateformes.",
      "Une série de sessions en ligne réunissant administrations, opérateurs postaux et plateformes de commerce électronique pour discuter du partage des données et de la perception des recettes.",
      "Discuter des modèles de partage des données",
    ),
    es: text(
      "Serie mundial de seminarios web sobre comercio electrónico",
      "Sesiones en línea con administraciones, operadores postales y plataformas.",
      "Una serie de sesiones en línea que reúne a administraciones, operadores postales y plataformas de comercio electrónico para debatir el intercambio de datos y la recaudación.",
      "Debatir modelos de intercambio de datos",
    ),
  }),
  course(
    "VCOA-CORE",
    "WCO",
    "VCOA",
    "MEMBERS",
    ["capacity-building", "trade-facilitation"],
    1200,
    {
      en: text(
        "Virtual Customs Orientation Academy",
        "An orientation programme for newly recruited customs officers.",
        "The VCOA introduces new officers to the mission of Customs, core procedures, integrity and the WCO instruments, through self-paced modules and assessments.",
        "Describe the mission of Customs",
        "Name the main WCO instruments",
      ),
      fr: text(
        "Académie virtuelle d'orientation douanière",
        "Un programme d'orientation pour les agents des douanes nouvellement recrutés.",
        "La VCOA présente aux nouveaux agents la mission de la douane, les procédures essentielles, l'éthique et les instruments de l'OMD, au moyen de modules à suivre à son rythme et d'évaluations.",
        "Décrire la mission de la douane",
        "Citer les principaux instruments de l'OMD",
      ),
      es: text(
        "Academia Virtual de Orientación Aduanera",
        "Un programa de orientación para funcionarios de aduanas recién incorporados.",
        "La VCOA presenta a los nuevos funcionarios la misión de la aduana, los procedimientos esenciales, la integridad y los instrumentos de la OMA, mediante módulos a su propio ritmo y evaluaciones.",
        "Describir la misión de la aduana",
        "Nombrar los principales instrumentos de la OMA",
      ),
      pt: text(
        "Academia Virtual de Orientação Aduaneira",
        "Um programa de orientação para funcionários aduaneiros recém-recrutados.",
        "A VCOA apresenta aos novos funcionários a missão das alfândegas, os procedimentos essenciais, a integridade e os instrumentos da OMA, através de módulos ao seu ritmo e avaliações.",
        "Descrever a missão das alfândegas",
      ),
      "pt-BR": text(
        "Academia Virtual de Orientação Aduaneira",
        "Um programa de orientação para servidores aduaneiros recém-contratados.",
        "A VCOA apresenta aos novos servidores a missão da aduana, os procedimentos essenciais, a integridade e os instrumentos da OMA, por meio de módulos no seu ritmo e avaliações.",
        "Descrever a missão da aduana",
      ),
      ru: text(
        "Виртуальная академия таможенной ориентации",
        "Программа ориентации для недавно принятых таможенных служащих.",
        "VCOA знакомит новых сотрудников с миссией таможни, основными процедурами, добросовестностью и инструментами ВТамО с помощью модулей для самостоятельного изучения и тестов.",
        "Описать миссию таможни",
      ),
      ar: text(
        "الأكاديمية الافتراضية للتوجيه الجمركي",
        "برنامج توجيهي لموظفي الجمارك المعينين حديثًا.",
        "تعرّف الأكاديمية الموظفين الجدد بمهمة الجمارك والإجراءات الأساسية والنزاهة وصكوك المنظمة، من خلال وحدات للتعلم الذاتي وتقييمات.",
        "وصف مهمة الجمارك",
      ),
    },
    { featured: true },
  ),
  course("VCOA-REV", "WCO", "VCOA", "MEMBERS", ["revenue", "customs-valuation", "tariff-classification"], 900, {
    en: text(
      "VCOA: Revenue collection track",
      "The revenue track of the Virtual Customs Orientation Academy.",
      "A VCOA track on the three pillars of revenue: classification, valuation and origin, with exercises on assessing duties and taxes.",
      "Assess duties and taxes on an import",
    ),
    fr: text(
      "VCOA : parcours Recettes",
      "Le parcours Recettes de l'Académie virtuelle d'orientation douanière.",
      "Un parcours de la VCOA consacré aux trois piliers des recettes : classement, valeur et origine, avec des exercices de liquidation des droits et taxes.",
      "Liquider les droits et taxes d'une importation",
    ),
  }),
  course("VCOA-ENF", "WCO", "VCOA", "CUSTOMS_ONLY", ["enforcement-compliance"], 900, {
    en: text(
      "VCOA: Enforcement track",
      "The enforcement track of the Virtual Customs Orientation Academy.",
      "Restricted to Customs officers. A VCOA track on smuggling, intelligence, control techniques and cooperation with law enforcement partners.",
      "Describe customs control techniques",
    ),
  }),
  course(
    "KE-ICMS",
    "KE",
    "ELEARNING",
    "MEMBERS",
    ["data-model-it", "trade-facilitation"],
    120,
    {
      en: text(
        "iCMS: lodging and processing declarations",
        "Kenya's integrated Customs Management System for officers.",
        "How Kenyan officers process declarations in iCMS: verification, assessment, release and the handling of queries from declarants.",
        "Process a declaration in iCMS",
        "Answer declarants' queries",
      ),
    },
    { featured: true },
  ),
  course("KE-EAC-CET", "KE", "ELEARNING", "MEMBERS", ["tariff-classification", "revenue"], 90, {
    en: text(
      "The EAC Common External Tariff",
      "Applying the East African Community CET and its exemptions.",
      "The structure of the EAC Common External Tariff, stays of application, and the exemption regimes of the EAC Customs Management Act.",
      "Apply the CET and its stays",
    ),
    fr: text(
      "Le tarif extérieur commun de la CAE",
      "Appliquer le TEC de la Communauté d'Afrique de l'Est et ses exonérations.",
      "La structure du tarif extérieur commun de la CAE, les suspensions d'application et les régimes d'exonération de la loi de la CAE sur la gestion douanière.",
      "Appliquer le TEC et ses suspensions",
    ),
  }),
  course(
    "KE-OSBP",
    "KE",
    "WORKSHOP",
    "MEMBERS",
    ["coordinated-border-management"],
    960,
    {
      en: text(
        "Namanga one-stop border post operations",
        "Joint procedures with Tanzania at the Namanga border.",
        "A workshop on the joint procedures, data sharing and control zones of the Namanga one-stop border post between Kenya and Tanzania.",
        "Apply OSBP joint procedures",
      ),
    },
    { closed: true },
  ),
  course(
    "BE-PLDA",
    "BE",
    "ELEARNING",
    "MEMBERS",
    ["data-model-it"],
    90,
    {
      fr: text(
        "PLDA : traitement des déclarations",
        "Le système belge de déclaration PLDA pour les agents.",
        "Comment les agents traitent les déclarations dans PLDA : contrôles documentaires, sélection, mainlevée et suivi des régimes particuliers.",
        "Traiter une déclaration dans PLDA",
        "Suivre un régime particulier",
      ),
      en: text(
        "PLDA: processing declarations",
        "Belgium's PLDA declaration system for officers.",
        "How officers process declarations in PLDA: document checks, selectivity, release and the follow-up of special procedures.",
        "Process a declaration in PLDA",
      ),
    },
    { featured: true },
  ),
  course("BE-ANTW", "BE", "ELEARNING", "CUSTOMS_ONLY", ["enforcement-compliance", "risk-management"], 120, {
    fr: text(
      "Contrôle des conteneurs au port d'Anvers",
      "Ciblage et scanners au port d'Anvers-Bruges.",
      "Réservé aux agents des douanes belges. Le ciblage des conteneurs, l'utilisation des scanners et la coopération avec la police portuaire à Anvers-Bruges.",
      "Cibler les conteneurs",
      "Interpréter une image de scanner",
    ),
    en: text(
      "Container control at the port of Antwerp",
      "Targeting and scanning at the port of Antwerp-Bruges.",
      "Restricted to Belgian Customs officers. Container targeting, scanner use and cooperation with the port police in Antwerp-Bruges.",
      "Target containers",
      "Read a scanner image",
    ),
  }),
  course("BE-EXCISE", "BE", "RESOURCE", "MEMBERS", ["revenue"], 30, {
    fr: text(
      "Guide des accises",
      "Les régimes d'accises belges en un coup d'œil.",
      "Un guide de référence sur les produits soumis à accises, les entrepôts fiscaux et le système EMCS.",
      "Trouver le régime d'accise applicable",
    ),
    en: text(
      "Excise guide",
      "Belgian excise regimes at a glance.",
      "A reference guide to excise goods, tax warehouses and the EMCS system.",
      "Find the applicable excise regime",
    ),
  }),
  course(
    "BR-SISCOMEX",
    "BR",
    "ELEARNING",
    "MEMBERS",
    ["data-model-it", "trade-facilitation"],
    150,
    {
      "pt-BR": text(
        "Portal Único Siscomex: a DUIMP",
        "A Declaração Única de Importação no Portal Único de Comércio Exterior.",
        "Como os auditores analisam a DUIMP no Portal Único Siscomex: gerenciamento de riscos, canais de conferência e desembaraço.",
        "Analisar uma DUIMP",
        "Aplicar os canais de conferência",
      ),
      en: text(
        "Siscomex Single Portal: the DUIMP",
        "The single import declaration in Brazil's Single Foreign Trade Portal.",
        "How officers examine the DUIMP in the Siscomex Single Portal: risk management, inspection channels and clearance.",
        "Examine a DUIMP",
      ),
    },
    { featured: true },
  ),
  course("BR-OEA", "BR", "ELEARNING", "MEMBERS", ["security-safe"], 120, {
    "pt-BR": text(
      "Programa OEA brasileiro",
      "Certificação e monitoramento de Operadores Econômicos Autorizados no Brasil.",
      "Os requisitos, a certificação e o monitoramento do Programa Brasileiro de OEA, e os acordos de reconhecimento mútuo assinados pela Receita Federal.",
      "Avaliar um pedido de certificação OEA",
    ),
    en: text(
      "Brazil's AEO programme",
      "Certifying and monitoring Authorized Economic Operators in Brazil.",
      "The requirements, certification and monitoring of the Brazilian AEO Programme, and the mutual recognition arrangements signed by the Receita Federal.",
      "Assess an AEO application",
    ),
  }),
  course(
    "BR-FRONT",
    "BR",
    "WORKSHOP",
    "CUSTOMS_ONLY",
    ["enforcement-compliance", "coordinated-border-management"],
    1440,
    {
      "pt-BR": text(
        "Repressão na faixa de fronteira",
        "Operações conjuntas de repressão ao contrabando na fronteira terrestre.",
        "Restrito aos servidores aduaneiros. Planejamento e execução de operações conjuntas na faixa de fronteira, com foco em contrabando, descaminho e armas.",
        "Planejar uma operação conjunta",
      ),
      en: text(
        "Enforcement in the land border strip",
        "Joint operations against smuggling at the land border.",
        "Restricted to Customs officers. Planning and running joint operations in the border strip, focused on smuggling and weapons.",
        "Plan a joint operation",
      ),
    },
    { closed: true },
  ),
  course(
    "JO-ASYCUDA",
    "JO",
    "ELEARNING",
    "MEMBERS",
    ["data-model-it"],
    90,
    {
      ar: text(
        "نظام أسيكودا العالمي في الجمارك الأردنية",
        "معالجة البيانات الجمركية في نظام أسيكودا العالمي.",
        "كيفية معالجة البيانات الجمركية في نظام أسيكودا العالمي: التدقيق، والمسارات، والإفراج، ومتابعة الأنظمة الخاصة.",
        "معالجة بيان جمركي في النظام",
        "متابعة نظام خاص",
      ),
      en: text(
        "ASYCUDA World at Jordan Customs",
        "Processing declarations in ASYCUDA World.",
        "How Jordanian officers process declarations in ASYCUDA World: checks, selectivity lanes, release and special procedures.",
        "Process a declaration in ASYCUDA World",
      ),
    },
    { featured: true },
  ),
  course("JO-GOLDEN", "JO", "ELEARNING", "MEMBERS", ["security-safe", "trade-facilitation"], 60, {
    ar: text(
      "القائمة الذهبية للجمارك الأردنية",
      "برنامج المشغل الاقتصادي المعتمد في الأردن.",
      "متطلبات الانضمام إلى برنامج القائمة الذهبية ومزاياه والتحقق من المشغلين المعتمدين.",
      "تقييم طلب انضمام",
    ),
    en: text(
      "Jordan Customs Golden List",
      "Jordan's Authorized Economic Operator programme.",
      "Membership requirements, benefits and validation of operators in the Golden List programme.",
      "Assess a membership application",
    ),
  }),
  course(
    "JO-AQABA",
    "JO",
    "WORKSHOP",
    "CUSTOMS_ONLY",
    ["enforcement-compliance"],
    960,
    {
      ar: text(
        "مكافحة التهريب في ميناء العقبة",
        "ورشة عمل عملية حول استهداف الحاويات في العقبة.",
        "مخصص لموظفي الجمارك فقط. ورشة عمل عملية حول استهداف الحاويات والتفتيش بالأشعة في ميناء العقبة.",
        "استهداف الحاويات عالية المخاطر",
      ),
      en: text(
        "Counter-smuggling at the port of Aqaba",
        "A hands-on workshop on container targeting in Aqaba.",
        "Restricted to Customs officers. A practical workshop on container targeting and X-ray inspection at the port of Aqaba.",
        "Target high-risk containers",
      ),
    },
    { closed: true },
  ),
];
