// `npm start`: one command from a fresh clone to a running platform. Starts the embedded PostgreSQL (unless
// DATABASE_URL names another server), applies migrations, seeds the demo data, builds when the sources
// changed, and serves the production build with one process per core (scripts/serve.mjs). `npm run dev`
// serves the development server instead.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres.mjs";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed/demo-accounts";
import { DEMO_SPACES } from "../prisma/seed/seed-demo";
import { startDevStripe } from "./dev-stripe/server";
import { buildIsCurrent, recordBuild } from "./lib/build-fingerprint.mjs";
import { freePort } from "./lib/free-port.mjs";
import { localSecrets } from "./lib/local-secrets.mjs";
import { applicationUrl, prepareDatabase } from "./prepare-database";

const dev = process.argv.includes("--dev");
const root = path.resolve(__dirname, "..");
const dataDir = path.resolve(root, process.env.CLIKC_DATA_DIR ?? ".data");
const port = Number(process.env.PORT ?? 3000);
const rootDomain = process.env.ROOT_DOMAIN ?? `localhost:${port}`;
const production = process.env.NODE_ENV === "production";

async function main() {
  const secrets = await localSecrets(dataDir);
  let stopDatabase = async () => {};
  let ownerUrl = process.env.DATABASE_URL;
  if (!ownerUrl) {
    const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 5433);
    console.log(
      `Starting the embedded PostgreSQL on port ${pgPort} (data in ${path.relative(root, dataDir)}/postgres)…`,
    );
    const cluster = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "postgres"),
      port: pgPort,
      password: secrets.postgresPassword,
    });
    await cluster.createDatabase("clikc");
    ownerUrl = cluster.url("clikc");
    stopDatabase = () => cluster.stop();
  }
  const appPassword = process.env.APP_DB_PASSWORD ?? secrets.appDbPassword;
  const seed = !production || process.env.SEED_DEMO === "1";
  const applied = await prepareDatabase({ ownerUrl, appPassword, seed });
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    APP_DATABASE_URL: process.env.APP_DATABASE_URL ?? applicationUrl(ownerUrl, appPassword),
    AUTH_SECRET: process.env.AUTH_SECRET ?? secrets.authSecret,
    ROOT_DOMAIN: rootDomain,
    PORT: String(port),
    // Outside production, mail without an e-mail service is readable at /dev/mailbox.
    DEV_MAILBOX: process.env.DEV_MAILBOX ?? (production ? "0" : "1"),
  };
  delete env.DATABASE_URL; // the server never holds the owner's credentials

  // Without Stripe keys, outside production, the store pays through a local Stripe-compatible server
  // (STRIPE_LOCAL=0 turns it off: the store then says that payments are not configured).
  let stripeNote = process.env.STRIPE_SECRET_KEY ? "Stripe (STRIPE_SECRET_KEY)" : "not configured";
  if (!process.env.STRIPE_SECRET_KEY && !production && process.env.STRIPE_LOCAL !== "0") {
    const webhookSecret = `whsec_local_${randomBytes(24).toString("hex")}`;
    const stripe = await startDevStripe({
      port: await freePort(),
      webhookUrl: `http://127.0.0.1:${port}/api/webhooks/stripe`,
      webhookSecret,
      promotionCodes: [{ code: "ACADEMY10", percentOff: 10 }],
    });
    Object.assign(env, {
      STRIPE_SECRET_KEY: "sk_test_local",
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      STRIPE_API_BASE: stripe.url,
    });
    stripeNote = `local test server ${stripe.url} (promotion code ACADEMY10)`;
  }

  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  if (!dev && process.env.SKIP_BUILD !== "1" && !buildIsCurrent(root)) {
    console.log("Building the production bundle (first start or changed sources)…");
    const build = spawnSync(process.execPath, [next, "build"], {
      cwd: root,
      env: { ...env, NODE_ENV: "production" },
      stdio: "inherit",
    });
    if (build.status !== 0) throw new Error("The build failed.");
    recordBuild(root);
  }
  const command = dev ? [next, "dev", "--port", String(port)] : [path.join(root, "scripts", "serve.mjs")];
  const server = spawn(process.execPath, command, { cwd: root, env, stdio: "inherit" });
  printBanner(stripeNote);

  const shutdown = async (code: number) => {
    server.kill("SIGTERM");
    await stopDatabase();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  server.on("exit", (code) => void shutdown(code ?? 0));
}

function printBanner(payments: string) {
  const url = (sub?: string) => `http://${sub ? `${sub}.` : ""}${rootDomain}`;
  const where = (account: (typeof DEMO_ACCOUNTS)[number]) =>
    account.site === "root" ? url() : account.site === "academy" ? url("academy") : url(account.tenant);
  console.log(`
The learning platform is starting at ${url()}
  Member administration spaces: ${Object.keys(DEMO_SPACES)
    .map((slug) => url(slug))
    .join("  ")}
  WCO Academy store:            ${url("academy")}  (payments: ${payments})
  Health:                       ${url()}/api/health

Demo accounts (password for all: ${DEMO_PASSWORD})
${DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(16)} ${a.description.padEnd(58)} ${where(a)}`).join("\n")}
`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
