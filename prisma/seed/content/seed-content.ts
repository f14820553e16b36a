// The demo catalogue's content, so that every seeded course can be completed: a SCORM package for each
// e-learning module (attached through lib/scorm's own upload path), the demo video with captions in every
// language, a PDF for each resource module (in the course's first language), a page for page modules and a
// quiz of five questions. Made on this machine (demo-media.ts, demo-scorm.ts); the video and the PDFs are
// stored once and shared by the seeded modules. Idempotent: only modules still empty are filled. Quick: the
// generators run side by side, and the rows go in a few statements for the whole catalogue
// (`npm run measure:seed` prints what each step costs).
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../../../lib/db/generated/client";
import { readStoredFile, storeFiles } from "../../../lib/content-store";
import { LOCALES, type Locale } from "../../../lib/i18n/locales";
import { videoDuration } from "../../../lib/modules/video-duration";
import { FILE, captionsFile } from "../../../lib/modules/stored-files";
import { attachScormPackage } from "../../../lib/scorm/attach-package";
import { seedCourseImages } from "./demo-images";
import { demoCaptions, demoPdf, demoVideo } from "./demo-media";
import { DEMO_QUIZ } from "./demo-quiz";
import { demoScormPackage } from "./demo-scorm";
import { DEMO_TEXTS } from "./texts";
import { timed } from "../seed-timings";

/** Fixed keys of the shared demo files, so a second seed finds them. */
export const DEMO_VIDEO_KEY = "video/00000000-0000-4000-8000-00000000d000";
const demoPdfKey = (locale: Locale) =>
  `resource/00000000-0000-4000-8000-0000000${String(1 + LOCALES.indexOf(locale)).padStart(5, "0")}`;

const DEMO_INFO_POINT_KEY = "infopoint/00000000-0000-4000-8000-00000000e001";

export const DEMO_PASS_PERCENT = 70;

async function ensureVideo(): Promise<{ bytes: number; seconds: number }> {
  let bytes = await readStoredFile(DEMO_VIDEO_KEY, FILE);
  if (!bytes) {
    bytes = await timed("video (ffmpeg)", demoVideo);
    const files = new Map<string, Uint8Array>(LOCALES.map((l) => [captionsFile(l), demoCaptions(l)]));
    files.set(FILE, bytes);
    await storeFiles(DEMO_VIDEO_KEY, files);
  }
  return { bytes: bytes.length, seconds: videoDuration(bytes, "video/webm") ?? 20 };
}

async function ensurePdf(locale: Locale): Promise<number> {
  const key = demoPdfKey(locale);
  let bytes = await readStoredFile(key, FILE);
  if (!bytes) {
    bytes = await timed("PDFs (react-pdf)", () => demoPdf(locale));
    await storeFiles(key, new Map([[FILE, bytes]]));
  }
  return bytes.length;
}

type EmptyModule = Awaited<ReturnType<typeof emptyModules>>[number];

/** Published courses' modules still without content, in course and outline order. */
function emptyModules(db: PrismaClient) {
  return db.courseModule.findMany({
    where: {
      course: { status: "PUBLISHED" },
      OR: [
        { kind: { in: ["VIDEO", "RESOURCE", "PAGE"] }, content: null },
        { kind: "SCORM", scormPackages: { none: {} } },
        { kind: "QUIZ", quizSettings: null },
      ],
    },
    select: {
      id: true,
      kind: true,
      tenantId: true,
      courseId: true,
      audience: true,
      course: { select: { code: true, languages: true, translations: { select: { locale: true, title: true } } } },
    },
    orderBy: [{ courseId: "asc" }, { position: "asc" }],
  });
}

const languagesOf = (m: EmptyModule) =>
  m.course.languages.filter((l): l is Locale => (LOCALES as readonly string[]).includes(l));
const owner = (m: EmptyModule) => ({ tenantId: m.tenantId, courseId: m.courseId, audience: m.audience });

export async function seedContent(db: PrismaClient): Promise<void> {
  // Everything runs side by side: sharp's threads, ffmpeg's process, react-pdf on the main thread, and the
  // SCORM uploads and row inserts waiting on the database and the disk.
  const images = timed("course images (sharp)", () => seedCourseImages(db));
  const modules = await emptyModules(db);
  const of = (kind: EmptyModule["kind"]) => modules.filter((m) => m.kind === kind);
  const pdfLocales = [...new Set(of("RESOURCE").map((m) => languagesOf(m)[0] ?? "en"))];
  const video = of("VIDEO").length ? ensureVideo() : Promise.resolve(null);
  // One after the other: react-pdf renders on the main thread, and its fonts are registered once.
  const pdfs = (async () => {
    const sizes = new Map<Locale, number>();
    for (const locale of pdfLocales) sizes.set(locale, await ensurePdf(locale));
    return sizes;
  })();
  // Every step ends before a failure is reported, so none goes on writing after the seed has given up. The SCORM
  // uploads' transactions start once react-pdf has let go of the main thread: a transaction kept waiting by it
  // would outlive its time limit on a loaded machine.
  const steps = await Promise.allSettled([
    images,
    video,
    pdfs,
    pdfs.then(() => timed("SCORM packages", () => seedScorm(db, of("SCORM")))),
    Promise.all([video, pdfs]).then(([v, sizes]) =>
      timed("module contents and quizzes (rows)", () => seedRows(db, modules, v, sizes)),
    ),
    pdfs.then(() => timed("information point", () => seedInformationPoint(db))),
  ]);
  const failed = steps.find((step) => step.status === "rejected");
  if (failed) throw failed.reason;
}

/**
 * The National Coordinators' information point's first announcement and document (a copy of the English demo PDF
 * under a key of its own, which no module's change releases), written by the WCO's tenant. Only when it has none.
 */
async function seedInformationPoint(db: PrismaClient): Promise<void> {
  const wco = await db.tenant.findUniqueOrThrow({ where: { slug: "wco" }, select: { id: true } });
  const tenantId = wco.id;
  if (!(await db.infoPointAnnouncement.count())) {
    const texts = [
      {
        locale: "en",
        title: "Welcome to the information point",
        source:
          "Announcements from the Secretariat, a discussion with your fellow National Coordinators and documents.",
      },
      {
        locale: "fr",
        title: "Bienvenue au point d'information",
        source:
          "Les annonces du Secrétariat, une discussion avec les autres coordonnateurs nationaux et des documents.",
      },
    ];
    await db.infoPointAnnouncement.create({
      data: {
        tenantId,
        originalLocale: "en",
        authorName: "WCO Secretariat",
        texts: { create: texts.map((text) => ({ tenantId, ...text, body: `<p>${text.source}</p>` })) },
      },
    });
  }
  if (!(await db.infoPointDocument.count())) {
    await ensurePdf("en");
    const pdf = (await readStoredFile(demoPdfKey("en"), FILE))!;
    await storeFiles(DEMO_INFO_POINT_KEY, new Map([[FILE, pdf]]));
    await db.infoPointDocument.create({
      data: {
        tenantId,
        originalLocale: "en",
        titles: { create: { tenantId, locale: "en", title: "National Coordinator guide" } },
        versions: {
          create: {
            tenantId,
            number: 1,
            storageKey: DEMO_INFO_POINT_KEY,
            fileName: "national-coordinator-guide.pdf",
            contentType: "application/pdf",
            bytes: pdf.length,
            uploadedBy: "WCO Secretariat",
          },
        },
      },
    });
  }
}

/** The video, resource and page modules' contents and the quizzes with their questions, a few statements in all. */
async function seedRows(
  db: PrismaClient,
  modules: EmptyModule[],
  video: { bytes: number; seconds: number } | null,
  pdfBytes: Map<Locale, number>,
) {
  const contents = modules.flatMap((m): Prisma.ModuleContentCreateManyInput[] => {
    const languages = languagesOf(m);
    const first = languages[0] ?? "en";
    const owned = { moduleId: m.id, ...owner(m) };
    if (m.kind === "VIDEO" && video)
      return [
        {
          ...owned,
          storageKey: DEMO_VIDEO_KEY,
          fileName: "demo.webm",
          contentType: "video/webm",
          bytes: video.bytes,
          durationSeconds: video.seconds,
          watchPercent: 80,
          captions: [...LOCALES],
        },
      ];
    if (m.kind === "RESOURCE")
      return [
        {
          ...owned,
          storageKey: demoPdfKey(first),
          fileName: `${m.course.code}.pdf`,
          contentType: "application/pdf",
          bytes: pdfBytes.get(first) ?? 0,
        },
      ];
    if (m.kind === "PAGE")
      return [
        {
          ...owned,
          body: Object.fromEntries(
            (languages.length ? languages : (["en"] as Locale[])).map((l) => [
              l,
              [...DEMO_TEXTS[l].pages.map((text) => `- ${text}`), "", `**${DEMO_TEXTS[l].resourceBody}**`].join("\n"),
            ]),
          ),
        },
      ];
    return [];
  });
  if (contents.length) await db.moduleContent.createMany({ data: contents });
  const quizzes = modules.filter((m) => m.kind === "QUIZ");
  if (!quizzes.length) return;
  await db.quizSettings.createMany({
    data: quizzes.map((m) => ({ moduleId: m.id, ...owner(m), passPercent: DEMO_PASS_PERCENT, shuffle: false })),
  });
  // Each quiz's questions go into its course's bank (with their version 1) and the quiz asks them in order.
  const asked = quizzes.flatMap((m) =>
    DEMO_QUIZ.map((q, position) => ({
      m,
      position,
      id: randomUUID(),
      question: { kind: q.kind, prompt: q.prompt, choices: q.choices, answer: q.answer },
    })),
  );
  // A bank lists its questions by creation: one millisecond apart, in the quiz's order, as one by one.
  const now = Date.now();
  await db.quizQuestion.createMany({
    data: asked.map((a) => ({ id: a.id, ...owner(a.m), ...a.question, createdAt: new Date(now + a.position) })),
  });
  await db.quizQuestionVersion.createMany({
    data: asked.map((a) => ({ ...owner(a.m), ...a.question, questionId: a.id, version: 1 })),
  });
  await db.quizSlot.createMany({
    data: asked.map((a) => ({ ...owner(a.m), moduleId: a.m.id, position: a.position, questionId: a.id })),
  });
}

/** A generated package for each e-learning module, SCORM 2004 and 1.2 in turn, through the authors' upload path. */
async function seedScorm(db: PrismaClient, modules: EmptyModule[]) {
  if (!modules.length) return;
  const authors = await authorsByTenant(db);
  const uploads = modules.flatMap((m) => {
    const author = authors.get(m.tenantId) ?? asWcoAdmin(authors, m.tenantId);
    return author ? [{ m, author }] : [];
  });
  // One after the other: the uploads are the authors' own use case, each transaction waiting at most two seconds
  // for a connection, which a loaded machine may not give several at once; the other steps overlap them.
  for (const [index, { m, author }] of uploads.entries()) {
    const languages = languagesOf(m);
    const titles = Object.fromEntries(m.course.translations.map((t) => [t.locale, t.title]));
    const zip = demoScormPackage(
      index % 2 ? "1.2" : "2004",
      m.course.code,
      titles,
      languages.length ? languages : ["en"],
      DEMO_PASS_PERCENT,
    );
    await attachScormPackage(author, m.courseId, m.id, zip);
  }
  // The demo content is the platform's starting state, not an administrator's action: its uploads, made through
  // the authors' own path, leave no event in the audit log that coordinators and WCO staff read.
  await db.auditEvent.deleteMany({
    where: { action: "course.module.scorm", targetId: { in: modules.map((m) => m.id) } },
  });
}

/** Each course-owning tenant's author for the SCORM upload path: its tenant admin, or the WCO admin for the core. */
async function authorsByTenant(db: PrismaClient) {
  const admins = await db.user.findMany({
    where: { roles: { hasSome: ["WCO_ADMIN", "TENANT_ADMIN"] }, status: "ACTIVE" },
    select: { id: true, tenantId: true, firstName: true, lastName: true, roles: true },
    orderBy: { createdAt: "asc" },
  });
  const authors = new Map<string, Parameters<typeof attachScormPackage>[0]>();
  for (const admin of admins)
    if (!authors.has(admin.tenantId))
      authors.set(admin.tenantId, {
        actor: admin,
        ctx: { tenantId: admin.tenantId, audience: "CUSTOMS" },
        core: admin.roles.includes("WCO_ADMIN"),
      });
  return authors;
}

/** A tenant with courses but no tenant admin (the demo's Brazil and Jordan): the WCO admin uploads for it. */
function asWcoAdmin(authors: Awaited<ReturnType<typeof authorsByTenant>>, tenantId: string) {
  const wco = [...authors.values()].find((a) => a.core);
  return wco ? { ...wco, ctx: { tenantId, audience: "CUSTOMS" as const }, core: false } : undefined;
}
