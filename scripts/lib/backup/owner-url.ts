// The owner connection of the backup scripts: DATABASE_URL, or the embedded database of `npm start` on this
// machine (EMBEDDED_PG_PORT, the password in the data folder's secrets), which must be running.
import path from "node:path";
import { localSecrets } from "../local-secrets.mjs";

export async function ownerUrlFromEnvironment(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const secrets = await localSecrets(path.resolve(process.env.CLIKC_DATA_DIR ?? ".data"));
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 5433);
  return `postgresql://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${port}/clikc`;
}
