// Demo data, idempotent: a second run changes nothing (rows are created when missing, never overwritten,
// so changes made through the platform survive a restart).
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/db/generated/client";
import { hashPassword } from "../../lib/auth/password";
import { COURSES } from "./data/courses";
import { MEMBER_ADMINISTRATIONS } from "./data/members";
import { SECRETARY_GENERAL, TERMS } from "./data/platform";
import { TOPICS } from "./data/topics";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoEmail } from "./demo-accounts";
import { insertRows, OWNED } from "./insert-rows";
import { seedStore } from "./seed-store";
import { seedContent } from "./content/seed-content";
import { timed } from "./seed-timings";

/** Administrations that have their own space in the demo, with their branding. */
export const DEMO_SPACES: Record<string, { displayName: string; primaryColor: string; defaultLocale: string }> = {
  ke: { displayName: "Kenya Revenue Authority", primaryColor: "#8c1d18", defaultLocale: "en" },
  be: { displayName: "Douanes et Accises belges", primaryColor: "#1f3a5f", defaultLocale: "fr" },
  br: { displayName: "Receita Federal do Brasil", primaryColor: "#00613a", defaultLocale: "pt-BR" },
  jo: { displayName: "الجمارك الأردنية", primaryColor: "#5b2a86", defaultLocale: "ar" },
};

async function seedTenants(db: PrismaClient): Promise<Map<string, string>> {
  const rows = [
    { slug: "wco", kind: "WCO", name: "World Customs Organization" },
    { slug: "academy", kind: "ACADEMY", name: "WCO Academy" },
    ...MEMBER_ADMINISTRATIONS.map((m) => {
      const slug = m.countryCode.toLowerCase();
      const space = DEMO_SPACES[slug];
      return {
        slug,
        kind: "ADMINISTRATION",
        name: m.name,
        countryCode: m.countryCode,
        region: m.region,
        spaceEnabled: Boolean(space),
        ...space,
      };
    }),
  ];
  const now = new Date();
  await insertRows(
    db,
    "Tenant",
    {
      id: "uuid",
      slug: "text",
      kind: '"TenantKind"',
      name: "text",
      countryCode: "char(2)",
      region: '"WcoRegion"',
      spaceEnabled: "boolean",
      displayName: "text",
      primaryColor: "text",
      defaultLocale: "text",
      updatedAt: "timestamp(3)",
    },
    rows.map((row) => ({ spaceEnabled: false, defaultLocale: "en", ...row, id: randomUUID(), updatedAt: now })),
    { skipDuplicates: true },
  );
  const tenants = await db.tenant.findMany({ select: { id: true, slug: true } });
  return new Map(tenants.map((t) => [t.slug, t.id]));
}

async function seedPlatform(db: PrismaClient): Promise<void> {
  await db.platformSettings.upsert({
    where: { id: 1 },
    create: { id: 1, secretaryGeneralName: SECRETARY_GENERAL },
    update: {},
  });
  await db.termsAndConditions.createMany({
    data: Object.entries(TERMS).map(([locale, body]) => ({ locale, body })),
    skipDuplicates: true,
  });
}

async function seedTopics(db: PrismaClient): Promise<void> {
  await db.topic.createMany({ data: TOPICS.map((t) => ({ slug: t.slug, names: t.names })), skipDuplicates: true });
}

async function seedUsers(db: PrismaClient, tenantIds: Map<string, string>): Promise<void> {
  const existing = new Set((await db.user.findMany({ select: { username: true } })).map((u) => u.username));
  const missing = DEMO_ACCOUNTS.filter((a) => !existing.has(a.username));
  if (!missing.length) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.user.createMany({
    data: missing.map((a) => ({
      tenantId: tenantIds.get(a.tenant)!,
      username: a.username,
      email: demoEmail(a.username),
      passwordHash,
      firstName: a.firstName,
      lastName: a.lastName,
      position: a.position,
      locale: a.locale,
      roles: a.roles,
    })),
    skipDuplicates: true,
  });
}

async function seedCourses(db: PrismaClient, tenantIds: Map<string, string>): Promise<void> {
  const existing = new Set(
    (await db.course.findMany({ select: { tenantId: true, code: true } })).map((c) => `${c.tenantId}/${c.code}`),
  );
  const missing = COURSES.map((seed) => ({ seed, tenantId: tenantIds.get(seed.owner.toLowerCase())! })).filter(
    ({ seed, tenantId }) => !existing.has(`${tenantId}/${seed.code}`),
  );
  if (!missing.length) return;
  // Two statements for the whole catalogue, the courses and then their texts.
  const now = new Date();
  const courses = missing.map(({ seed, tenantId }) => ({ seed, tenantId, id: randomUUID() }));
  await insertRows(
    db,
    "Course",
    {
      id: "uuid",
      tenantId: "uuid",
      code: "text",
      type: '"CourseType"',
      audience: '"Audience"',
      regions: '"WcoRegion"[]',
      countries: "text[]",
      languages: "text[]",
      topics: "text[]",
      durationMinutes: "int",
      featured: "boolean",
      guestAccess: "boolean",
      selfEnrolment: "boolean",
      hasCertificate: "boolean",
      status: '"CourseStatus"',
      publishedAt: "timestamp(3)",
      updatedAt: "timestamp(3)",
    },
    courses.map(({ seed, tenantId, id }) => ({
      id,
      tenantId,
      code: seed.code,
      type: seed.type,
      audience: seed.audience,
      regions: seed.regions,
      countries: [],
      languages: seed.languages,
      topics: seed.topics,
      durationMinutes: seed.durationMinutes,
      featured: seed.featured,
      guestAccess: seed.guestAccess,
      selfEnrolment: seed.selfEnrolment,
      hasCertificate: seed.hasCertificate,
      status: "PUBLISHED",
      publishedAt: new Date("2026-01-15T08:00:00Z"),
      updatedAt: now,
    })),
  );
  await insertRows(
    db,
    "CourseTranslation",
    { ...OWNED, locale: "text", title: "text", summary: "text", description: "text", objectives: "text[]" },
    courses.flatMap(({ seed, tenantId, id }) =>
      Object.entries(seed.texts).map(([locale, text]) => ({
        id: randomUUID(),
        tenantId,
        courseId: id,
        audience: seed.audience,
        locale,
        title: text!.title,
        summary: text!.summary,
        description: text!.description,
        objectives: text!.objectives,
      })),
    ),
  );
}

/** Kenya and Belgium have an approving National Coordinator; other administrations go to the Secretariat. */
async function seedApprovers(db: PrismaClient): Promise<void> {
  for (const username of ["ke.coordinator", "be.coordinator"]) {
    const coordinator = await db.user.findUnique({ where: { username }, select: { id: true, tenantId: true } });
    if (coordinator)
      await db.tenant.updateMany({
        where: { id: coordinator.tenantId, approverId: null },
        data: { approverId: coordinator.id },
      });
  }
}

const MODULE_TITLES = {
  introduction: {
    en: "Introduction",
    fr: "Introduction",
    es: "Introducción",
    pt: "Introdução",
    "pt-BR": "Introdução",
    ru: "Введение",
    ar: "مقدمة",
  },
  lesson1: {
    en: "Lesson 1",
    fr: "Leçon 1",
    es: "Lección 1",
    pt: "Lição 1",
    "pt-BR": "Lição 1",
    ru: "Урок 1",
    ar: "الدرس 1",
  },
  lesson2: {
    en: "Lesson 2 (video)",
    fr: "Leçon 2 (vidéo)",
    es: "Lección 2 (vídeo)",
    pt: "Lição 2 (vídeo)",
    "pt-BR": "Lição 2 (vídeo)",
    ru: "Урок 2 (видео)",
    ar: "الدرس 2 (فيديو)",
  },
  reading: {
    en: "Reading material",
    fr: "Documentation",
    es: "Material de lectura",
    pt: "Material de leitura",
    "pt-BR": "Material de leitura",
    ru: "Материалы для чтения",
    ar: "مواد للقراءة",
  },
  quiz: {
    en: "Final quiz",
    fr: "Quiz final",
    es: "Cuestionario final",
    pt: "Questionário final",
    "pt-BR": "Questionário final",
    ru: "Итоговый тест",
    ar: "الاختبار النهائي",
  },
  programme: {
    en: "Programme and documents",
    fr: "Programme et documents",
    es: "Programa y documentos",
    pt: "Programa e documentos",
    "pt-BR": "Programa e documentos",
    ru: "Программа и документы",
    ar: "البرنامج والوثائق",
  },
  content: {
    en: "Course content",
    fr: "Contenu du cours",
    es: "Contenido del curso",
    pt: "Conteúdo do curso",
    "pt-BR": "Conteúdo do curso",
    ru: "Содержание курса",
    ar: "محتوى الدورة",
  },
  evaluation: {
    en: "Course evaluation",
    fr: "Évaluation du cours",
    es: "Evaluación del curso",
    pt: "Avaliação do curso",
    "pt-BR": "Avaliação do curso",
    ru: "Оценка курса",
    ar: "تقييم الدورة",
  },
} as const;

/** A typical outline per type of course, until authors build real ones. */
async function seedModules(db: PrismaClient): Promise<void> {
  const courses = await db.course.findMany({
    where: { modules: { none: {} } },
    select: { id: true, tenantId: true, type: true, audience: true },
  });
  const outline = (
    type: string,
  ): Array<[keyof typeof MODULE_TITLES, "SCORM" | "VIDEO" | "RESOURCE" | "PAGE" | "QUIZ" | "EVALUATION"]> =>
    type === "WORKSHOP"
      ? [
          ["programme", "RESOURCE"],
          ["evaluation", "EVALUATION"],
        ]
      : type === "RESOURCE"
        ? [["programme", "RESOURCE"]]
        : [
            ["introduction", "PAGE"],
            ["lesson1", "SCORM"],
            ["lesson2", "VIDEO"],
            ["reading", "RESOURCE"],
            ["quiz", "QUIZ"],
            ["evaluation", "EVALUATION"],
          ];
  const sections = new Map(courses.map((course) => [course.id, randomUUID()]));
  await insertRows(
    db,
    "CourseSection",
    { ...OWNED, position: "int", title: "jsonb" },
    courses.map((course) => ({
      id: sections.get(course.id),
      tenantId: course.tenantId,
      courseId: course.id,
      audience: course.audience,
      position: 0,
      title: MODULE_TITLES.content,
    })),
  );
  await insertRows(
    db,
    "CourseModule",
    { ...OWNED, sectionId: "uuid", position: "int", kind: '"ModuleKind"', title: "jsonb" },
    courses.flatMap((course) =>
      outline(course.type).map(([title, kind], position) => ({
        id: randomUUID(),
        tenantId: course.tenantId,
        courseId: course.id,
        sectionId: sections.get(course.id),
        audience: course.audience,
        position,
        kind,
        title: MODULE_TITLES[title],
      })),
    ),
  );
}

/** A small information form for the demo workshops (what accepted candidates are asked). */
const WORKSHOP_FORM = [
  {
    id: "position",
    kind: "text",
    required: true,
    label: {
      en: "Your current position and unit",
      fr: "Votre poste et votre service actuels",
      es: "Su puesto y unidad actuales",
      pt: "O seu cargo e unidade atuais",
      "pt-BR": "Seu cargo e unidade atuais",
      ru: "Ваша должность и подразделение",
      ar: "وظيفتك ووحدتك الحالية",
    },
  },
  {
    id: "experience",
    kind: "textarea",
    required: false,
    label: {
      en: "Your experience of the topic",
      fr: "Votre expérience du sujet",
      es: "Su experiencia en el tema",
      pt: "A sua experiência no tema",
      "pt-BR": "Sua experiência no tema",
      ru: "Ваш опыт по теме",
      ar: "خبرتك في الموضوع",
    },
  },
  {
    id: "visa",
    kind: "yesno",
    required: true,
    label: {
      en: "Do you need a visa to travel to the venue?",
      fr: "Avez-vous besoin d'un visa pour vous rendre sur place ?",
      es: "¿Necesita un visado para viajar al lugar?",
      pt: "Precisa de visto para viajar até ao local?",
      "pt-BR": "Você precisa de visto para viajar até o local?",
      ru: "Нужна ли вам виза для поездки?",
      ar: "هل تحتاج إلى تأشيرة للسفر إلى مكان الانعقاد؟",
    },
  },
];

/** Future sessions for a few workshops, created once (a workshop that has sessions is left as it is). */
const WORKSHOP_SESSIONS: Record<
  string,
  Array<{
    inDays: number;
    days: number;
    timeZone: string;
    utcHour: number;
    place: string | null;
    onlineUrl: string | null;
    capacity: number;
  }>
> = {
  "WS-WCA-VAL": [
    {
      inDays: 45,
      days: 3,
      timeZone: "Africa/Abidjan",
      utcHour: 8,
      place: "Regional Training Centre, Abidjan",
      onlineUrl: null,
      capacity: 25,
    },
    {
      inDays: 120,
      days: 3,
      timeZone: "Africa/Douala",
      utcHour: 7,
      place: "Regional Training Centre, Douala",
      onlineUrl: null,
      capacity: 25,
    },
  ],
  "WS-AP-HS": [
    {
      inDays: 60,
      days: 2,
      timeZone: "Asia/Bangkok",
      utcHour: 2,
      place: "ROCB Asia/Pacific, Bangkok",
      onlineUrl: "https://meet.example.org/ws-ap-hs",
      capacity: 30,
    },
  ],
  "ENF-CCP": [
    {
      inDays: 30,
      days: 5,
      timeZone: "Africa/Nairobi",
      utcHour: 6,
      place: "Port of Mombasa, Kenya",
      onlineUrl: null,
      capacity: 12,
    },
  ],
};

async function seedWorkshops(db: PrismaClient, tenantIds: Map<string, string>): Promise<void> {
  const day = 24 * 60 * 60 * 1000;
  const today = new Date(new Date().toISOString().slice(0, 10)).getTime();
  for (const [code, sessions] of Object.entries(WORKSHOP_SESSIONS)) {
    const course = await db.course.findUnique({
      where: { tenantId_code: { tenantId: tenantIds.get("wco")!, code } },
      select: {
        id: true,
        tenantId: true,
        audience: true,
        workshopForm: true,
        _count: { select: { workshopSessions: true } },
      },
    });
    if (!course) continue;
    if (Array.isArray(course.workshopForm) && course.workshopForm.length === 0)
      await db.course.update({ where: { id: course.id }, data: { workshopForm: WORKSHOP_FORM } });
    if (course._count.workshopSessions) continue;
    await db.workshopSession.createMany({
      data: sessions.map((s) => {
        const startsAt = new Date(today + s.inDays * day + s.utcHour * 60 * 60 * 1000);
        return {
          tenantId: course.tenantId,
          courseId: course.id,
          audience: course.audience,
          timeZone: s.timeZone,
          place: s.place,
          onlineUrl: s.onlineUrl,
          capacity: s.capacity,
          startsAt,
          endsAt: new Date(startsAt.getTime() + (s.days - 1) * day + 8 * 60 * 60 * 1000),
          applicationsCloseAt: new Date(startsAt.getTime() - 7 * day),
        };
      }),
    });
  }
}

export async function seedDemo(db: PrismaClient): Promise<void> {
  const tenantIds = await timed("records", async () => {
    const tenantIds = await timed("records: tenants", () => seedTenants(db));
    await timed("records: topics", () => seedTopics(db));
    await timed("records: platform", () => seedPlatform(db));
    await timed("records: users", () => seedUsers(db, tenantIds));
    await timed("records: approvers", () => seedApprovers(db));
    await timed("records: courses", () => seedCourses(db, tenantIds));
    await timed("records: modules", () => seedModules(db));
    await timed("records: workshops", () => seedWorkshops(db, tenantIds));
    return tenantIds;
  });
  // SEED_DEMO_CONTENT=0 leaves the modules empty (the integration tests' base template: tests arrange content).
  if (process.env.SEED_DEMO_CONTENT !== "0") await timed("content", () => seedContent(db));
  await timed("store", () => seedStore(db, tenantIds.get("academy")!));
}
