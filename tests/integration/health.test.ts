import { GET } from "@/app/api/health/route";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();

describe("GET /api/health", () => {
  it("answers 200 when the database answers", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("answers 503 when the database refuses connections", async () => {
    await db.owner.$executeRawUnsafe(`REVOKE CONNECT ON DATABASE "${db.name}" FROM PUBLIC`);
    await db.owner.$executeRawUnsafe(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${db.name}' AND usename = 'clikc_app'`,
    );
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "degraded", db: "unreachable" });
    } finally {
      await db.owner.$executeRawUnsafe(`GRANT CONNECT ON DATABASE "${db.name}" TO PUBLIC`);
    }
    expect((await GET()).status).toBe(200);
  });
});
