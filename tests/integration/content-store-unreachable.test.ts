// The content store unreachable: an author's upload (a course image, a SCORM package, captions) is refused with a
// message the form shows in the author's language, no row names a file that was not stored, and the same upload
// succeeds once the store is back. The store is a real S3 protocol server (s3rver), stopped and started again.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import sharp from "sharp";
import { saveCourseImage } from "@/lib/authoring/save-course-image";
import { readStoredFile } from "@/lib/content-store";
import { Invalid } from "@/lib/errors";
import { attachScormPackage } from "@/lib/scorm/attach-package";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { freePort } from "../../scripts/lib/free-port.mjs";
import { rootAuthor } from "../helpers/scorm-course";
import { scorm12QuizPackage } from "../helpers/scorm-fixtures";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
const saved = { ...process.env };
const s3 = { port: 0, directory: "", server: null as S3rver | null };

async function startStore() {
  s3.server = new S3rver({
    port: s3.port,
    address: "127.0.0.1",
    directory: s3.directory,
    silent: true,
    configureBuckets: [{ name: "course-content" }],
  });
  await s3.server.run();
}

beforeAll(async () => {
  s3.port = await freePort();
  s3.directory = await mkdtemp(path.join(os.tmpdir(), "s3rver-"));
  await startStore();
  Object.assign(process.env, {
    CONTENT_STORE: "s3",
    S3_ENDPOINT: `http://127.0.0.1:${s3.port}`,
    S3_BUCKET: "course-content",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
  });
});

afterAll(async () => {
  process.env = saved;
  await s3.server?.close();
});

const picture = () =>
  sharp({ create: { width: 800, height: 450, channels: 3, background: "#3b82f6" } })
    .png()
    .toBuffer()
    .then((b) => new Uint8Array(b));

describe("an upload while the content store is unreachable", () => {
  it("is refused with a translated message, leaves no row naming a missing file, and succeeds once the store is back", async () => {
    const author = await rootAuthor(db.owner);
    const course = await db.owner.course.findFirstOrThrow({ where: { code: "SAFE-101" } });
    const scormModule = await db.owner.courseModule.findFirstOrThrow({ where: { kind: "SCORM", courseId: course.id } });
    const audits = () => db.owner.auditEvent.count({ where: { targetId: { in: [course.id, scormModule.id] } } });
    const auditsBefore = await audits();
    const image = { locale: "en", alt: "Officers at a border post", decorative: false, bytes: await picture() };
    await s3.server!.close();
    const errors = jest.spyOn(console, "error").mockImplementation(() => {});

    await expect(saveCourseImage(author, course.id, image)).rejects.toEqual(
      new Invalid({ image: "contentStoreUnavailable" }),
    );
    await expect(attachScormPackage(author, course.id, scormModule.id, scorm12QuizPackage())).rejects.toEqual(
      new Invalid({ package: "contentStoreUnavailable" }),
    );
    expect(await db.owner.course.findUniqueOrThrow({ where: { id: course.id } })).toMatchObject({
      imageKey: course.imageKey,
    });
    expect(await db.owner.scormPackage.count({ where: { moduleId: scormModule.id } })).toBe(0);
    expect(await audits()).toBe(auditsBefore);
    // The operators' log says what failed; the author reads the form's message, in their language.
    expect(errors.mock.calls.some(([message]) => String(message).startsWith("content store: storing"))).toBe(true);
    expect(en.Fields.contentStoreUnavailable).toMatch(/nothing was saved.*try again/i);
    expect(fr.Fields.contentStoreUnavailable).toMatch(/réessayer/);
    errors.mockRestore();

    await startStore();
    await saveCourseImage(author, course.id, image);
    await attachScormPackage(author, course.id, scormModule.id, scorm12QuizPackage());
    const saved = await db.owner.course.findUniqueOrThrow({ where: { id: course.id } });
    expect(saved.imageKey).not.toBe(course.imageKey);
    const stored = await db.owner.scormPackage.findFirstOrThrow({ where: { moduleId: scormModule.id } });
    expect(await readStoredFile(stored.storageKey, "imsmanifest.xml")).not.toBeNull();
    expect(await audits()).toBe(auditsBefore + 2);
  });
});
