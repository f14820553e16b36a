// One database per test file, copied from the migrated and seeded template. The application code under test
// connects as the restricted clikc_app role, exactly as in production; `owner` bypasses row-level security
// and is only for arranging and inspecting data.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { createClient, rawClient } from "@/lib/db/client";
import { stopJobQueue } from "@/lib/jobs/queue";
import type { PrismaClient } from "@/lib/db/generated/client";

export interface TestDatabase {
  name: string;
  ownerUrl: string;
  appUrl: string;
  owner: PrismaClient;
}

function urlFor(database: string, user?: { name: string; password: string }): string {
  const url = new URL(process.env.TEST_PG_SERVER_URL!);
  url.pathname = `/${database}`;
  if (user) {
    url.username = user.name;
    url.password = user.password;
  }
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_PG_SERVER_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Registers beforeAll/afterAll hooks that give the test file its own database: the demo data with empty modules,
 * or with the demo content the seed generates (SCORM packages, videos, PDFs, pages, quizzes) when asked.
 */
export function setUpTestDatabase({ demoContent = false }: { demoContent?: boolean } = {}): TestDatabase {
  const db = {} as TestDatabase;
  beforeAll(async () => {
    db.name = `test_${randomUUID().replaceAll("-", "")}`;
    await admin((client) =>
      client.query(
        `CREATE DATABASE "${db.name}" TEMPLATE "${demoContent ? process.env.TEST_PG_CONTENT_TEMPLATE : process.env.TEST_PG_TEMPLATE}"`,
      ),
    );
    db.ownerUrl = urlFor(db.name);
    db.appUrl = urlFor(db.name, { name: "clikc_app", password: process.env.TEST_APP_PASSWORD! });
    process.env.APP_DATABASE_URL = db.appUrl;
    db.owner = createClient(db.ownerUrl, 2);
  });
  afterAll(async () => {
    await Promise.all([db.owner?.$disconnect(), rawClient().$disconnect(), stopJobQueue()]);
    await admin((client) => client.query(`DROP DATABASE IF EXISTS "${db.name}" WITH (FORCE)`));
  });
  return db;
}
