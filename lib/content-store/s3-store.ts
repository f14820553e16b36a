// The content store on any S3-compatible service (AWS S3, MinIO, Ceph, R2...), chosen with
// CONTENT_STORE=s3: objects "<key>/<path>" in S3_BUCKET at S3_ENDPOINT (path-style addresses), signed with
// AWS Signature V4. The same key and path rules as the local store apply before any request is made.
import { AwsClient } from "aws4fetch";
import { safeRelativePath, validKey } from "./paths";

interface S3Config {
  endpoint: string;
  bucket: string;
  client: AwsClient;
}

let config: S3Config | null = null;

function s3(): S3Config {
  if (config) return config;
  const { S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = process.env;
  if (!S3_ENDPOINT || !S3_BUCKET || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY) {
    throw new Error("CONTENT_STORE=s3 needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY");
  }
  config = {
    endpoint: S3_ENDPOINT.replace(/\/+$/, ""),
    bucket: S3_BUCKET,
    client: new AwsClient({
      accessKeyId: S3_ACCESS_KEY_ID,
      secretAccessKey: S3_SECRET_ACCESS_KEY,
      region: process.env.S3_REGION ?? "us-east-1",
      service: "s3",
    }),
  };
  return config;
}

const objectUrl = (name: string) =>
  `${s3().endpoint}/${encodeURIComponent(s3().bucket)}/${name.split("/").map(encodeURIComponent).join("/")}`;

async function expectOk(response: Response, what: string): Promise<void> {
  if (!response.ok)
    throw new Error(`Content store (S3): ${what} failed with ${response.status} ${await response.text()}`);
}

export async function storeFiles(key: string, files: Map<string, Uint8Array>): Promise<void> {
  if (!validKey(key)) throw new Error(`Refused content store key: ${key}`);
  for (const [relative, bytes] of files) {
    const path = safeRelativePath(relative);
    if (!path) throw new Error(`Refused path in content store: ${relative}`);
    await expectOk(
      await s3().client.fetch(objectUrl(`${key}/${path}`), { method: "PUT", body: Buffer.from(bytes) }),
      `storing ${path}`,
    );
  }
}

export async function readStoredFile(key: string, relative: string): Promise<Uint8Array | null> {
  const path = safeRelativePath(relative);
  if (!validKey(key) || !path) return null;
  const response = await s3().client.fetch(objectUrl(`${key}/${path}`));
  if (response.status === 404 || response.status === 403) return null;
  await expectOk(response, `reading ${path}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The size of a stored object in bytes (a HEAD request), or null when there is none. */
export async function storedSize(key: string, relative: string): Promise<number | null> {
  const path = safeRelativePath(relative);
  if (!validKey(key) || !path) return null;
  const response = await s3().client.fetch(objectUrl(`${key}/${path}`), { method: "HEAD" });
  if (response.status === 404 || response.status === 403) return null;
  await expectOk(response, `sizing ${path}`);
  return Number(response.headers.get("content-length") ?? 0);
}

/** Bytes start..end (inclusive) of a stored object (a ranged GET); null when there is none. */
export async function readStoredRange(
  key: string,
  relative: string,
  start: number,
  end: number,
): Promise<Uint8Array | null> {
  const path = safeRelativePath(relative);
  if (!validKey(key) || !path) return null;
  const response = await s3().client.fetch(objectUrl(`${key}/${path}`), {
    headers: { range: `bytes=${start}-${end}` },
  });
  if (response.status === 404 || response.status === 403) return null;
  await expectOk(response, `reading ${path}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function removeStored(key: string): Promise<void> {
  if (!validKey(key)) return;
  let token: string | null = null;
  do {
    const list = new URL(`${s3().endpoint}/${encodeURIComponent(s3().bucket)}`);
    list.searchParams.set("list-type", "2");
    list.searchParams.set("prefix", `${key}/`);
    if (token) list.searchParams.set("continuation-token", token);
    const response = await s3().client.fetch(list.toString());
    await expectOk(response, `listing ${key}`);
    const xml = await response.text();
    const names = [...xml.matchAll(/<Key>([^<]+)<\/Key>/g)].map((match) => decodeXml(match[1]));
    for (const name of names)
      await expectOk(await s3().client.fetch(objectUrl(name), { method: "DELETE" }), `removing ${name}`);
    token = /<IsTruncated>true<\/IsTruncated>/.test(xml)
      ? (/<NextContinuationToken>([^<]+)<\/NextContinuationToken>/.exec(xml)?.[1] ?? null)
      : null;
  } while (token);
}

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
