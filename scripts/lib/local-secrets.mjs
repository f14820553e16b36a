// Secrets for a local installation, generated on first start and kept in the data folder (never committed).
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

const NAMES = ["postgresPassword", "appDbPassword", "authSecret"];

/** @returns {Promise<{ postgresPassword: string, appDbPassword: string, authSecret: string }>} */
export async function localSecrets(dataDir) {
  const file = path.join(dataDir, "secrets.json");
  const secrets = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  let changed = false;
  for (const name of NAMES) {
    if (!secrets[name]) {
      secrets[name] = randomBytes(32).toString("base64url");
      changed = true;
    }
  }
  if (changed) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}
