// The demo catalogue's content, so that every seeded course can be completed: a SCORM package for each
// e-learning module (read and checked by lib/scorm's own upload check), the demo video with captions in every
// language, a PDF for each resource module (in the course's first language), a page for page modules and a
// quiz of five questions. Made on this machine (demo-media.ts, demo-scorm.ts); the video and the PDFs are
// stored once and shared by the seeded modules. Idempotent: only modules still empty are filled. Quick: the
// generators run side by side, and the rows go in a few statements for the whole catalogue
// (`npm run measure:seed` prints what each step costs).
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../../lib/db/generated/client";
import { readStoredFile, storeFiles } from "../../../lib/content-store";
import { LOCALES, type Locale } from "../../../lib/i18n/locales";
import { videoDuration } from "../../../lib/modules/video-duration";
import { FILE, captionsFile } from "../../../lib/modules/stored-files";
import { readScormPackage } from "../../../lib/scorm/read-package";
import { concurrently } from "./concurrently";
import { seedCourseImages } from "./demo-images";
import { demoCaptions, demoPdfs, demoVideo } from "./demo-media";
import { DEMO_QUIZ } from "./demo-quiz";
import { demoScormPackage } from "./demo-scorm";
import { DEMO_TEXTS } from "./texts";
import { insertRows, OWNED, OWNER } from "../insert-rows";
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

/** The demo PDF of each language, rendered for those not stored yet; their sizes in bytes. */
async function ensurePdfs(locales: Locale[]): Promise<Map<Locale, number>> {
  const stored = await Promise.all(locales.map((locale) => readStoredFile(demoPdfKey(locale), FILE)));
  const sizes = new Map(locales.flatMap((locale, i) => (stored[i] ? [[locale, stored[i].length] as const] : [])));
  const missing = locales.filter((locale) => !sizes.has(locale));
  if (!missing.length) return sizes;
  const rendered = await timed("PDFs (react-pdf)", () => demoPdfs(missing));
  for (const [locale, bytes] of rendered) {
    await storeFiles(demoPdfKey(locale), new Map([[FILE, bytes]]));
    sizes.set(locale, bytes.length);
  }
  return sizes;
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
  // Everything runs side by side: sharp's threads, ffmpeg's process, react-pdf's worker thread, and on the main
  // thread the SCORM packages and the rows, waiting on the database and the disk.
  const images = timed("course images (sharp)", () => seedCourseImages(db));
  const modules = await timed("modules to fill (query)", () => emptyModules(db));
  const of = (kind: EmptyModule["kind"]) => modules.filter((m) => m.kind === kind);
  const pdfLocales = [...new Set(of("RESOURCE").map((m) => languagesOf(m)[0] ?? "en"))];
  const video = of("VIDEO").length ? ensureVideo() : Promise.resolve(null);
  const pdfs = ensurePdfs(pdfLocales);
  // Every step ends before a failure is reported, so none goes on writing after the seed has given up.
  const steps = await Promise.allSettled([
    images,
    video,
    pdfs,
    timed("SCORM packages", () => seedScorm(db, of("SCORM"))),
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
    await ensurePdfs(["en"]);
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
  const now = new Date();
  // The columns' defaults written out (a watch share of 80 %, an empty body), as every row names every column.
  const contents = modules.flatMap((m) => {
    const languages = languagesOf(m);
    const first = languages[0] ?? "en";
    const owned = { moduleId: m.id, ...owner(m), watchPercent: 80, body: {}, updatedAt: now };
    if (m.kind === "VIDEO" && video)
      return [
        {
          ...owned,
          storageKey: DEMO_VIDEO_KEY,
          fileName: "demo.webm",
          contentType: "video/webm",
          bytes: video.bytes,
          durationSeconds: video.seconds,
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
  await insertRows(
    db,
    "ModuleContent",
    {
      moduleId: "uuid",
      ...OWNER,
      storageKey: "text",
      fileName: "text",
      contentType: "text",
      bytes: "int",
      durationSeconds: "double precision",
      watchPercent: "int",
      captions: "text[]",
      body: "jsonb",
      updatedAt: "timestamp(3)",
    },
    contents,
  );
  const quizzes = modules.filter((m) => m.kind === "QUIZ");
  if (!quizzes.length) return;
  await insertRows(
    db,
    "QuizSettings",
    { moduleId: "uuid", ...OWNER, passPercent: "int", shuffle: "boolean" },
    quizzes.map((m) => ({ moduleId: m.id, ...owner(m), passPercent: DEMO_PASS_PERCENT, shuffle: false })),
  );
  // Each quiz's questions go into its course's bank (with their version 1) and the quiz asks them in order.
  const asked = quizzes.flatMap((m) =>
    DEMO_QUIZ.map((q, position) => ({
      m,
      position,
      id: randomUUID(),
      question: { kind: q.kind, prompt: q.prompt, choices: q.choices, answer: q.answer },
    })),
  );
  const question = { kind: '"QuestionKind"', prompt: "jsonb", choices: "jsonb", answer: "jsonb" };
  // A bank lists its questions by creation: one millisecond apart, in the quiz's order, as one by one.
  await insertRows(
    db,
    "QuizQuestion",
    { ...OWNED, ...question, createdAt: "timestamp(3)" },
    asked.map((a) => ({ id: a.id, ...owner(a.m), ...a.question, createdAt: new Date(now.getTime() + a.position) })),
  );
  await insertRows(
    db,
    "QuizQuestionVersion",
    { ...OWNED, ...question, questionId: "uuid", version: "int" },
    asked.map((a) => ({ id: randomUUID(), ...owner(a.m), ...a.question, questionId: a.id, version: 1 })),
  );
  await insertRows(
    db,
    "QuizSlot",
    { ...OWNED, moduleId: "uuid", position: "int", questionId: "uuid" },
    asked.map((a) => ({ id: randomUUID(), ...owner(a.m), moduleId: a.m.id, position: a.position, questionId: a.id })),
  );
}

/**
 * A generated package for each e-learning module, SCORM 2004 and 1.2 in turn, checked and read as an author's
 * upload is (readScormPackage), stored under its own key and recorded as the module's version 1: the rows an
 * upload makes (package and SCOs), two statements for the whole catalogue instead of an upload's four
 * transactions per module. The demo content is the platform's starting state, not an administrator's action, so
 * it leaves no event in the audit log.
 */
async function seedScorm(db: PrismaClient, modules: EmptyModule[]) {
  if (!modules.length) return;
  const packages = await concurrently(modules, 4, async (m, index) => {
    const languages = languagesOf(m);
    const titles = Object.fromEntries(m.course.translations.map((t) => [t.locale, t.title]));
    const zip = demoScormPackage(
      index % 2 ? "1.2" : "2004",
      m.course.code,
      titles,
      languages.length ? languages : ["en"],
      DEMO_PASS_PERCENT,
    );
    const read = await readScormPackage(zip);
    const id = randomUUID();
    await storeFiles(`scorm/${id}`, read.files);
    return { m, id, read };
  });
  // Owner, isCore and audience are copied from the course by a trigger whatever is written here.
  await insertRows(
    db,
    "ScormPackage",
    {
      ...OWNED,
      moduleId: "uuid",
      number: "int",
      version: "text",
      title: "text",
      storageKey: "text",
      fileCount: "int",
      bytes: "int",
      sequencing: "jsonb",
    },
    packages.map(({ m, id, read }) => ({
      id,
      ...owner(m),
      moduleId: m.id,
      number: 1,
      version: read.version,
      title: read.title,
      storageKey: `scorm/${id}`,
      fileCount: read.files.size,
      bytes: [...read.files.values()].reduce((sum, file) => sum + file.length, 0),
      sequencing: read.sequencing, // none (SQL's NULL) for SCORM 1.2
    })),
  );
  await insertRows(
    db,
    "ScormSco",
    { ...OWNED, packageId: "uuid", identifier: "text", title: "text", href: "text", position: "int", runtime: "jsonb" },
    packages.flatMap(({ m, id, read }) =>
      read.scos.map((sco) => ({
        id: randomUUID(),
        ...owner(m),
        packageId: id,
        identifier: sco.identifier,
        title: sco.title,
        href: sco.href,
        position: sco.order,
        runtime: { ...sco.runtime },
      })),
    ),
  );
}
