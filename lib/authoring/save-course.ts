// Creating a course and changing its settings and texts. Every change is audited in its transaction, and
// the catalogue cache is dropped so that a published course shows the change at once.
import type { z } from "zod";
import { fieldMessages } from "@/lib/field-messages";
import { forgetCatalogue } from "@/lib/catalogue/candidate-cache";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant, registry, type TenantTx } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import type { Author } from "./author";
import { courseSettingsSchema, courseTextSchema, type CourseSettings } from "./course-input";

export function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  return parsed.data;
}

async function checkTopics(settings: CourseSettings) {
  const known = new Set((await registry.topic().findMany({ select: { slug: true } })).map((t) => t.slug));
  if (settings.topics.some((topic) => !known.has(topic))) throw new Invalid({ topics: "unknownTopic" });
}

/** The author's own course (never a core course seen from an administration's space), or NotFound. */
export async function ownCourse(tx: TenantTx, author: Author, courseId: string) {
  const course = /^[0-9a-f-]{36}$/.test(courseId)
    ? await tx.course.findFirst({ where: { id: courseId, tenantId: author.ctx.tenantId } })
    : null;
  if (!course) throw new NotFound();
  return course;
}

export async function createCourse(author: Author, settingsInput: unknown, textInput: unknown): Promise<string> {
  const settings = parse(courseSettingsSchema, settingsInput);
  const text = parse(courseTextSchema, textInput);
  await checkTopics(settings);
  return forTenant(author.ctx, async (tx) => {
    if (
      await tx.course.findFirst({ where: { tenantId: author.ctx.tenantId, code: settings.code }, select: { id: true } })
    )
      throw new Invalid({ code: "courseCodeTaken" });
    const course = await tx.course.create({
      data: { ...settings, tenantId: author.ctx.tenantId, isCore: author.core, status: "DRAFT" },
    });
    await tx.courseTranslation.create({
      data: { ...text, tenantId: author.ctx.tenantId, courseId: course.id, audience: course.audience },
    });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "course.create",
      targetType: "Course",
      targetId: course.id,
      after: { ...settings, text },
    });
    return course.id;
  });
}

export async function updateCourseSettings(author: Author, courseId: string, settingsInput: unknown): Promise<void> {
  const settings = parse(courseSettingsSchema, settingsInput);
  await checkTopics(settings);
  await forTenant(author.ctx, async (tx) => {
    const before = await ownCourse(tx, author, courseId);
    if (
      settings.code !== before.code &&
      (await tx.course.findFirst({
        where: { tenantId: author.ctx.tenantId, code: settings.code },
        select: { id: true },
      }))
    ) {
      throw new Invalid({ code: "courseCodeTaken" });
    }
    await tx.course.update({ where: { id: courseId }, data: settings });
    const previous = Object.fromEntries(Object.keys(settings).map((key) => [key, before[key as keyof typeof before]]));
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "course.update",
      targetType: "Course",
      targetId: courseId,
      before: previous,
      after: settings,
    });
  });
  await forgetCatalogue();
}

export async function saveCourseText(author: Author, courseId: string, textInput: unknown): Promise<void> {
  const text = parse(courseTextSchema, textInput);
  await forTenant(author.ctx, async (tx) => {
    const course = await ownCourse(tx, author, courseId);
    const where = { tenantId_courseId_locale: { tenantId: author.ctx.tenantId, courseId, locale: text.locale } };
    const before = await tx.courseTranslation.findUnique({
      where,
      select: { locale: true, title: true, summary: true, description: true, objectives: true },
    });
    await tx.courseTranslation.upsert({
      where,
      update: text,
      create: { ...text, tenantId: author.ctx.tenantId, courseId, audience: course.audience },
    });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "course.text.save",
      targetType: "Course",
      targetId: courseId,
      before,
      after: text,
    });
  });
  await forgetCatalogue();
}
