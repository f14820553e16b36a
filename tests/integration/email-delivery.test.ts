import http from "node:http";
import type { AddressInfo } from "node:net";
import { asPlatform } from "@/lib/db";
import { deliverEmail } from "@/lib/notifications/deliver-email";
import { queueEmail } from "@/lib/notifications/queue-email";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();

async function queue(to: string, locale: string) {
  const wco = await db.owner.tenant.findUniqueOrThrow({ where: { slug: "wco" } });
  await asPlatform("test: queue an e-mail", (tx) =>
    queueEmail(tx, { tenantId: wco.id, to, locale, template: "passwordChanged", values: { firstName: "Ольга" } }),
  );
  return db.owner.emailMessage.findFirstOrThrow({ where: { toAddress: to } });
}

describe("e-mail delivery", () => {
  afterEach(() => {
    delete process.env.RESEND_API_KEY;
    delete process.env.RESEND_API_URL;
  });

  it("renders the message in the recipient's language", async () => {
    const message = await queue("olga@example.test", "ru");
    expect(message.text).toContain("Ольга");
    expect(message.subject).not.toEqual("Your CLiKC! password has been changed");
  });

  it("without an e-mail service, delivers into the outbox once", async () => {
    const message = await queue("outbox@example.test", "en");
    expect(await deliverEmail(message.id)).toBe("sent");
    expect(await db.owner.emailMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
      status: "SENT",
      providerId: "outbox",
    });
    expect(await deliverEmail(message.id)).toBe("already-sent");
  });

  it("posts to Resend with the key and an idempotency key, and records failures for a retry", async () => {
    const requests: Array<{ auth?: string; idempotency?: string; body: Record<string, unknown> }> = [];
    let fail = true;
    const server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        requests.push({
          auth: req.headers.authorization,
          idempotency: String(req.headers["idempotency-key"]),
          body: JSON.parse(body),
        });
        res.writeHead(fail ? 500 : 200, { "Content-Type": "application/json" });
        res.end(fail ? '{"statusCode":500,"name":"internal_server_error","message":"unavailable"}' : '{"id":"re_123"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    process.env.RESEND_API_KEY = "re_test_key";
    process.env.RESEND_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/emails`;
    try {
      const message = await queue("resend@example.test", "en");
      await expect(deliverEmail(message.id)).rejects.toThrow(/500/);
      expect(await db.owner.emailMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
        status: "QUEUED",
        attempts: 1,
      });
      fail = false;
      expect(await deliverEmail(message.id)).toBe("sent");
      expect(await db.owner.emailMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
        status: "SENT",
        providerId: "re_123",
      });
      expect(requests[1]).toMatchObject({
        auth: "Bearer re_test_key",
        idempotency: message.id,
        body: { to: ["resend@example.test"], subject: message.subject, text: message.text },
      });
    } finally {
      server.close();
    }
  });
});
