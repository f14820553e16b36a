// Backups that restore: a seeded platform with learning records and uploaded files is backed up by
// `npm run db:backup`'s code, restored into a new database and a new content store (a folder, or a bucket of an
// S3-compatible service), and found equal, table by table and file by file (ADR 0040).
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import pg from "pg";
import S3rver from "s3rver";
import { listStored, openStored, storeStream } from "@/lib/content-store";
import { filesUnder } from "@/lib/content-store/local-store";
import { splitStoredName } from "@/lib/content-store/paths";
import { completeModule } from "@/lib/learning/complete-module";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { startAttempt } from "@/lib/quiz/start-attempt";
import { submitAttempt } from "@/lib/quiz/submit-attempt";
import { commitAttempt, launchSco } from "@/lib/scorm/attempts";
import { packFolder, unpackArchive } from "@/scripts/lib/backup/archive";
import type { BackupManifest } from "@/scripts/lib/backup/manifest";
import { freePort } from "../../scripts/lib/free-port.mjs";
import { LEARNER_ORIGIN, scormCourse } from "../helpers/scorm-course";
import { scorm12QuizPackage } from "../helpers/scorm-fixtures";
import { scopeOfUser } from "../helpers/scopes";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase({ demoContent: true });
// Each restore runs the migrations and copies the whole platform in a process of its own.
jest.setTimeout(180_000);
const work = { dir: "", contentDir: "", archive: "" };
const restoredDatabases: string[] = [];

const databaseUrl = (name: string) => {
  const url = new URL(process.env.TEST_PG_SERVER_URL!);
  url.pathname = `/${name}`;
  return url.toString();
};

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Every table of the platform with its row count and the MD5 of all its rows' text, in a stable order. */
async function tablesOf(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const tables = await query<{ name: string }>(
    url,
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const { name } of tables) {
    const [row] = await query<{ rows: number; md5: string }>(
      url,
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5
       FROM "${name}" t`,
    );
    result[name] = row;
  }
  return result;
}

/** Runs `npm run db:backup` or `npm run db:restore` as an operator would; resolves with its exit code and output. */
function run(script: "db-backup" | "db-restore", args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once("exit", (code) => resolve({ code, output })),
  );
}

const backUp = (archive: string) =>
  run("db-backup", [archive], { DATABASE_URL: db.ownerUrl, CONTENT_STORE_DIR: work.contentDir });
const restore = (archive: string, target: { ownerUrl: string; contentDir: string }, ...flags: string[]) =>
  run("db-restore", [archive, ...flags], { DATABASE_URL: target.ownerUrl, CONTENT_STORE_DIR: target.contentDir });

async function manifestOf(archive: string): Promise<BackupManifest> {
  const folder = await mkdtemp(path.join(work.dir, "manifest-"));
  await unpackArchive(archive, folder);
  return JSON.parse(await readFile(path.join(folder, "manifest.json"), "utf8"));
}

const nameOf = (target: { ownerUrl: string }) => new URL(target.ownerUrl).pathname.slice(1);

async function newRestoreTarget() {
  const name = `restored_${randomUUID().replaceAll("-", "")}`;
  restoredDatabases.push(name);
  return { ownerUrl: databaseUrl(name), contentDir: await mkdtemp(path.join(work.dir, "restored-content-")) };
}

beforeAll(async () => {
  work.dir = await mkdtemp(path.join(os.tmpdir(), "clikc-backup-test-"));
  // This file's own content store, starting with the seed's files, so other test files' uploads stay out of it.
  work.contentDir = path.join(work.dir, "content");
  await cp(process.env.CONTENT_STORE_DIR!, work.contentDir, { recursive: true });
  process.env.CONTENT_STORE_DIR = work.contentDir;
  work.archive = path.join(work.dir, "backup.tar.gz");
  await arrangeLearningRecords();
});

afterAll(async () => {
  for (const name of restoredDatabases)
    await query(databaseUrl("postgres"), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await rm(work.dir, { recursive: true, force: true });
});

/** What learners leave behind: enrolments, a SCORM attempt with its answers, a quiz attempt, a certificate. */
async function arrangeLearningRecords() {
  const { moduleId, learner } = await scormCourse(db.owner, scorm12QuizPackage(), "SAFE-101");
  const launch = await launchSco(learner, learner.userId, moduleId, 0, LEARNER_ORIGIN);
  await commitAttempt(learner, learner.userId, launch.attemptId, {
    commitSequence: launch.commitSeq + 1,
    final: true,
    cmi: {
      core: { lesson_status: "completed", score: { raw: "90" }, exit: "" },
      interactions: { "0": { id: "q1", type: "choice", student_response: "a", result: "correct" } },
    },
    session: { id: `session-${launch.attemptId}`, measuredSeconds: 60 },
  });

  const quiz = await db.owner.courseModule.findFirstOrThrow({ where: { kind: "QUIZ", course: { code: "ORI-101" } } });
  const kenyan = await scopeOfUser(db.owner, "ke.learner", "ke");
  await enrolInCourse(kenyan, { id: kenyan.userId, homeTenantId: kenyan.homeTenantId }, quiz.courseId);
  await submitAttempt(kenyan, kenyan.userId, await startAttempt(kenyan, kenyan.userId, quiz.id), {});

  const belgian = await scopeOfUser(db.owner, "be.learner", undefined);
  const course = await db.owner.course.findFirstOrThrow({ where: { code: "HS-101" } });
  await enrolInCourse(belgian, { id: belgian.userId, homeTenantId: belgian.homeTenantId }, course.id);
  for (const m of await db.owner.courseModule.findMany({ where: { courseId: course.id } }))
    await completeModule(belgian, belgian.userId, m.id);
}

/** An S3-compatible service (s3rver) with the platform's bucket and an empty one to restore into. */
const s3 = { server: null as S3rver | null, endpoint: "" };
const bucketEnv = (bucket: string) => ({
  CONTENT_STORE: "s3",
  S3_ENDPOINT: s3.endpoint,
  S3_BUCKET: bucket,
  S3_ACCESS_KEY_ID: "S3RVER",
  S3_SECRET_ACCESS_KEY: "S3RVER",
});

/** Runs `work` with the platform's content store on the bucket, as the servers would with its settings. */
async function onBucket<T>(bucket: string, work: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  Object.assign(process.env, bucketEnv(bucket));
  try {
    return await work();
  } finally {
    process.env = saved;
  }
}

/** Every object of a bucket by name, as the service lists it (anonymous, unfiltered: scratch objects too). */
async function objectsOf(bucket: string): Promise<string[]> {
  const xml = await (await fetch(`${s3.endpoint}/${bucket}?list-type=2&max-keys=1000`)).text();
  return [...xml.matchAll(/<Key>([^<]+)<\/Key>/g)].map((match) => match[1]).sort();
}

/** Every file of the configured store: its full name, and its bytes read back through the store. */
async function storedFilesOf(bucket: string): Promise<Map<string, Buffer>> {
  return onBucket(bucket, async () => {
    const files = new Map<string, Buffer>();
    for await (const file of listStored()) {
      const opened = await openStored(file.key, file.path);
      const chunks: Buffer[] = [];
      for await (const chunk of opened!.body) chunks.push(chunk as Buffer);
      files.set(`${file.key}/${file.path}`, Buffer.concat(chunks));
    }
    return files;
  });
}

describe("a backup of a platform whose content store is S3-compatible", () => {
  beforeAll(async () => {
    const port = await freePort();
    s3.endpoint = `http://127.0.0.1:${port}`;
    s3.server = new S3rver({
      port,
      address: "127.0.0.1",
      directory: await mkdtemp(path.join(work.dir, "s3rver-")),
      silent: true,
      configureBuckets: [{ name: "course-content" }, { name: "restored-content" }],
    });
    await s3.server.run();
    // The platform's files (the seed's, the SCORM package of the learning records) stored on S3 under their keys,
    // and a video larger than any buffer on the way, so every file is streamed in many chunks.
    await onBucket("course-content", async () => {
      for (const name of await filesUnder(work.contentDir)) {
        const { key, path: relative } = splitStoredName(name)!;
        const file = path.join(work.contentDir, name);
        await storeStream(key, relative, createReadStream(file), (await readFile(file)).length);
      }
      const video = Buffer.alloc(12 * 1024 * 1024);
      for (let i = 0; i < video.length; i += 4) video.writeUInt32LE((i * 2654435761) >>> 0, i);
      await storeStream(
        "video/7f1c2b9e-3d4a-4e5f-8a6b-1c2d3e4f5a6b",
        "lecture.webm",
        Readable.from([video]),
        video.length,
      );
    });
  });

  afterAll(async () => {
    await s3.server?.close();
  });

  it("restores into a new database and a new bucket with every record, certificate and file equal", async () => {
    const before = await tablesOf(db.ownerUrl);
    for (const table of ["Enrolment", "ScormAttempt", "ScormInteraction", "QuizAttempt", "Certificate"])
      expect(before[table].rows).toBeGreaterThan(0);
    const files = await storedFilesOf("course-content");
    expect([...files.keys()].sort()).toEqual(
      [...(await filesUnder(work.contentDir)), "video/7f1c2b9e-3d4a-4e5f-8a6b-1c2d3e4f5a6b/lecture.webm"].sort(),
    );

    const archive = path.join(work.dir, "backup-s3.tar.gz");
    const backup = await run("db-backup", [archive], { DATABASE_URL: db.ownerUrl, ...bucketEnv("course-content") });
    expect(backup).toMatchObject({ code: 0, output: expect.stringContaining(`${files.size} files`) });
    expect((await manifestOf(archive)).files.map((f) => f.path).sort()).toEqual([...files.keys()].sort());

    const target = await newRestoreTarget();
    const restored = await run("db-restore", [archive], {
      DATABASE_URL: target.ownerUrl,
      ...bucketEnv("restored-content"),
    });
    expect(restored).toMatchObject({ code: 0, output: expect.stringContaining("Restored") });
    expect(await tablesOf(target.ownerUrl)).toEqual(before);
    const restoredFiles = await storedFilesOf("restored-content");
    expect([...restoredFiles.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [name, bytes] of files) expect(restoredFiles.get(name)!.equals(bytes)).toBe(true);
    expect(await objectsOf("restored-content")).toEqual([...files.keys()].sort());

    // A bucket that holds files already is refused before any database is created.
    const again = await newRestoreTarget();
    expect(
      await run("db-restore", [archive], { DATABASE_URL: again.ownerUrl, ...bucketEnv("restored-content") }),
    ).toMatchObject({ code: 1, output: expect.stringContaining("content store to restore into is not empty") });
    expect(
      await query(databaseUrl("postgres"), `SELECT 1 FROM pg_database WHERE datname = '${nameOf(again)}'`),
    ).toEqual([]);
  });

  it("is checked by restoring it into a scratch database and a scratch prefix of the bucket, both removed", async () => {
    const archive = path.join(work.dir, "backup-s3.tar.gz");
    const objects = await objectsOf("course-content");
    const checked = await run("db-restore", [archive, "--check"], {
      DATABASE_URL: db.ownerUrl,
      ...bucketEnv("course-content"),
    });
    expect(checked).toMatchObject({
      code: 0,
      output: expect.stringMatching(/Checked the backup .* equal to its manifest/),
    });
    expect(await objectsOf("course-content")).toEqual(objects);
    expect(
      await query(databaseUrl("postgres"), `SELECT datname FROM pg_database WHERE datname LIKE 'clikc_check_%'`),
    ).toEqual([]);
  });
});

describe("a backup", () => {
  it("restores into a new database and content store with every record, certificate and file equal", async () => {
    const before = await tablesOf(db.ownerUrl);
    for (const table of [
      "Enrolment",
      "ModuleCompletion",
      "ScormAttempt",
      "ScormInteraction",
      "QuizAttempt",
      "Certificate",
    ])
      expect(before[table].rows).toBeGreaterThan(0);
    const files = await filesUnder(work.contentDir);
    expect(files.some((f) => f.startsWith("scorm/"))).toBe(true);

    const backup = await backUp(work.archive);
    expect(backup).toMatchObject({ code: 0, output: expect.stringContaining(`${files.length} files`) });
    const manifest = await manifestOf(work.archive);
    expect(manifest.serverVersion).toMatch(/^18\./);
    expect(manifest.files).toHaveLength(files.length);
    // Changes after the backup are not in it.
    await db.owner.certificate.deleteMany({});

    const target = await newRestoreTarget();
    expect(await restore(work.archive, target)).toMatchObject({ code: 0, output: expect.stringContaining("Restored") });

    expect(await tablesOf(target.ownerUrl)).toEqual(before);
    const sequence = `SELECT last_value::text, is_called FROM "StoreOrder_number_seq"`;
    expect(await query(target.ownerUrl, sequence)).toEqual(await query(db.ownerUrl, sequence));
    const migrations = `SELECT migration_name FROM _prisma_migrations ORDER BY 1`;
    expect(await query(target.ownerUrl, migrations)).toEqual(await query(db.ownerUrl, migrations));
    expect(await filesUnder(target.contentDir)).toEqual(files);
    for (const file of files) {
      const [original, restored] = await Promise.all([
        readFile(path.join(work.contentDir, file)),
        readFile(path.join(target.contentDir, file)),
      ]);
      expect(restored.equals(original)).toBe(true);
    }
  });

  it("is refused into a database that is not empty, and changes nothing there", async () => {
    const enrolments = await db.owner.enrolment.count();
    const into = { ownerUrl: db.ownerUrl, contentDir: await mkdtemp(path.join(work.dir, "x-")) };
    expect(await restore(work.archive, into)).toMatchObject({ code: 1, output: expect.stringContaining("not empty") });
    expect(await db.owner.enrolment.count()).toBe(enrolments);
  });

  async function alteredArchive(change: (folder: string) => Promise<void>): Promise<string> {
    const folder = await mkdtemp(path.join(work.dir, "altered-"));
    await unpackArchive(work.archive, folder);
    await change(folder);
    const archive = path.join(work.dir, `${path.basename(folder)}.tar.gz`);
    await packFolder(folder, archive);
    return archive;
  }

  it("made by a newer version of the platform is refused before anything is created", async () => {
    const archive = await alteredArchive(async (folder) => {
      const file = path.join(folder, "manifest.json");
      const manifest = JSON.parse(await readFile(file, "utf8"));
      manifest.migrations.push("29991231000000_from_the_future");
      await writeFile(file, JSON.stringify(manifest));
    });
    const target = await newRestoreTarget();
    expect(await restore(archive, target)).toMatchObject({ code: 1, output: expect.stringContaining("newer version") });
    expect(
      await query(
        databaseUrl("postgres"),
        `SELECT datname FROM pg_database WHERE datname = '${path.basename(new URL(target.ownerUrl).pathname)}'`,
      ),
    ).toEqual([]);
  });

  it("whose rows or files were damaged is refused, and no table of it is kept", async () => {
    const damagedRows = await alteredArchive(async (folder) => {
      const file = path.join(folder, "tables", "Certificate.copy");
      await writeFile(file, (await readFile(file, "utf8")).split("\n").slice(1).join("\n"));
    });
    const target = await newRestoreTarget();
    expect(await restore(damagedRows, target)).toMatchObject({
      code: 1,
      output: expect.stringMatching(/Table Certificate restored as \d+ rows .*, the backup holds \d+/),
    });
    expect(await query(target.ownerUrl, `SELECT count(*)::int AS n FROM "Enrolment"`)).toEqual([{ n: 0 }]);
    expect(await filesUnder(target.contentDir)).toEqual([]);

    const damagedFile = await alteredArchive(async (folder) => {
      const [first] = await filesUnder(path.join(folder, "content"));
      await writeFile(path.join(folder, "content", first), "damaged");
    });
    const again = await newRestoreTarget();
    expect(await restore(damagedFile, again)).toMatchObject({ code: 1, output: expect.stringContaining("damaged") });
    expect(
      await query(databaseUrl("postgres"), `SELECT 1 FROM pg_database WHERE datname = '${nameOf(again)}'`),
    ).toEqual([]);
  });

  it("is checked by restoring it into a scratch database that is removed afterwards", async () => {
    const databases = `SELECT datname FROM pg_database WHERE datname LIKE 'clikc_check_%'`;
    const checked = await restore(work.archive, { ownerUrl: db.ownerUrl, contentDir: "" }, "--check");
    expect(checked).toMatchObject({
      code: 0,
      output: expect.stringMatching(/Checked the backup .* equal to its manifest/),
    });
    expect(await query(databaseUrl("postgres"), databases)).toEqual([]);
  });
});
