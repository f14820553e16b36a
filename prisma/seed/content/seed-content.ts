// The demo catalogue's content, so that every seeded course can be completed: a SCORM package for each
// e-learning module (attached through lib/scorm's own upload path), the demo video with captions in every
// language, a PDF for each resource module (in the course's first language), a page for page modules and a
// quiz of five questions. Made on this machine (demo-media.ts, demo-scorm.ts); the video and the PDFs are
// stored once and shared by the seeded modules. Idempotent: only modules still empty are filled.
import type { PrismaClient } from "../../../lib/db/generated/client";
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

/** Fixed keys of the shared demo files, so a second seed finds them. */
export const DEMO_VIDEO_KEY = "video/00000000-0000-4000-8000-00000000d000";
const demoPdfKey = (locale: Locale) =>
  `resource/00000000-0000-4000-8000-0000000${String(1 + LOCALES.indexOf(locale)).padStart(5, "0")}`;

export const DEMO_PASS_PERCENT = 70;

async function ensureVideo(): Promise<number> {
  let bytes = await readStoredFile(DEMO_VIDEO_KEY, FILE);
  if (!bytes) {
    bytes = demoVideo();
    const files = new Map<string, Uint8Array>(LOCALES.map((l) => [captionsFile(l), demoCaptions(l)]));
    files.set(FILE, bytes);
    await storeFiles(DEMO_VIDEO_KEY, files);
  }
  return videoDuration(bytes, "video/webm") ?? 20;
}

async function ensurePdf(locale: Locale): Promise<number> {
  const key = demoPdfKey(locale);
  let bytes = await readStoredFile(key, FILE);
  if (!bytes) {
    bytes = await demoPdf(locale);
    await storeFiles(key, new Map([[FILE, bytes]]));
  }
  return bytes.length;
}

export async function seedContent(db: PrismaClient): Promise<void> {
  await seedCourseImages(db);
  const modules = await db.courseModule.findMany({
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
  if (!modules.length) return;
  const videoSeconds = modules.some((m) => m.kind === "VIDEO") ? await ensureVideo() : 0;
  const authors = await authorsByTenant(db);
  let scormIndex = 0;
  const seededScorm = modules.filter((m) => m.kind === "SCORM").map((m) => m.id);
  for (const m of modules) {
    const languages = m.course.languages.filter((l): l is Locale => (LOCALES as readonly string[]).includes(l));
    const first = languages[0] ?? "en";
    const owned = { moduleId: m.id, tenantId: m.tenantId, courseId: m.courseId, audience: m.audience };
    if (m.kind === "VIDEO")
      await db.moduleContent.create({
        data: {
          ...owned,
          storageKey: DEMO_VIDEO_KEY,
          fileName: "demo.webm",
          contentType: "video/webm",
          bytes: (await readStoredFile(DEMO_VIDEO_KEY, FILE))?.length ?? 0,
          durationSeconds: videoSeconds,
          watchPercent: 80,
          captions: [...LOCALES],
        },
      });
    else if (m.kind === "RESOURCE")
      await db.moduleContent.create({
        data: {
          ...owned,
          storageKey: demoPdfKey(first),
          fileName: `${m.course.code}.pdf`,
          contentType: "application/pdf",
          bytes: await ensurePdf(first),
        },
      });
    else if (m.kind === "PAGE")
      await db.moduleContent.create({
        data: {
          ...owned,
          body: Object.fromEntries(
            (languages.length ? languages : (["en"] as Locale[])).map((l) => [
              l,
              [...DEMO_TEXTS[l].pages.map((text) => `- ${text}`), "", `**${DEMO_TEXTS[l].resourceBody}**`].join("\n"),
            ]),
          ),
        },
      });
    else if (m.kind === "QUIZ") {
      await db.quizSettings.create({ data: { ...owned, passPercent: DEMO_PASS_PERCENT, shuffle: false } });
      // The quiz's questions go into its course's bank (with their version 1) and the quiz asks them in order.
      for (const [position, q] of DEMO_QUIZ.entries()) {
        const question = { kind: q.kind, prompt: q.prompt, choices: q.choices, answer: q.answer };
        const owner = { tenantId: m.tenantId, courseId: m.courseId, audience: m.audience };
        const created = await db.quizQuestion.create({ data: { ...owner, ...question } });
        await db.quizQuestionVersion.create({ data: { ...owner, ...question, questionId: created.id, version: 1 } });
        await db.quizSlot.create({ data: { ...owner, moduleId: m.id, position, questionId: created.id } });
      }
    } else if (m.kind === "SCORM") {
      const author = authors.get(m.tenantId) ?? asWcoAdmin(authors, m.tenantId);
      if (!author) continue;
      const titles = Object.fromEntries(m.course.translations.map((t) => [t.locale, t.title]));
      const zip = demoScormPackage(
        scormIndex++ % 2 ? "1.2" : "2004",
        m.course.code,
        titles,
        languages.length ? languages : ["en"],
        DEMO_PASS_PERCENT,
      );
      await attachScormPackage(author, m.courseId, m.id, zip);
    }
  }
  // The demo content is the platform's starting state, not an administrator's action: its uploads, made through
  // the authors' own path, leave no event in the audit log that coordinators and WCO staff read.
  await db.auditEvent.deleteMany({ where: { action: "course.module.scorm", targetId: { in: seededScorm } } });
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
