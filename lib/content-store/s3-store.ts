// The content store on any S3-compatible service (AWS S3, MinIO, Ceph, R2...), chosen with
// CONTENT_STORE=s3: objects "<key>/<path>" in S3_BUCKET at S3_ENDPOINT (path-style addresses), under S3_PREFIX
// when it is set, signed with AWS Signature V4. The same key and path rules as the local store apply before any
// request is made.
import http from "node:http";
import https from "node:https";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { AwsClient } from "aws4fetch";
import { safeRelativePath, splitStoredName, validKey, type StoredFile } from "./paths";

interface S3Config {
  endpoint: string;
  bucket: string;
  /** "" or a folder of the bucket ("clikc/"), the start of every object's name. */
  prefix: string;
  client: AwsClient;
}

let config: (S3Config & { settings: string }) | null = null;

/** The store's settings, read again when they change (a backup check moves to a scratch prefix). */
function s3(): S3Config {
  const { S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = process.env;
  const settings = [S3_ENDPOINT, S3_BUCKET, process.env.S3_PREFIX, process.env.S3_REGION, S3_ACCESS_KEY_ID].join("|");
  if (config?.settings === settings) return config;
  if (!S3_ENDPOINT || !S3_BUCKET || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY) {
    throw new Error("CONTENT_STORE=s3 needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY");
  }
  config = {
    settings,
    endpoint: S3_ENDPOINT.replace(/\/+$/, ""),
    bucket: S3_BUCKET,
    prefix: (process.env.S3_PREFIX ?? "").replace(/^\/+|\/+$/g, "").replace(/.+/, "$&/"),
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
  `${s3().endpoint}/${encodeURIComponent(s3().bucket)}/${(s3().prefix + name).split("/").map(encodeURIComponent).join("/")}`;

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
  const names: string[] = [];
  for await (const object of listObjects(`${key}/`)) names.push(object.name);
  for (const name of names)
    await expectOk(await s3().client.fetch(objectUrl(name), { method: "DELETE" }), `removing ${name}`);
}

/** Every object whose name (after S3_PREFIX) starts with `start`, in the bucket's order, page by page. */
async function* listObjects(start: string): AsyncGenerator<{ name: string; bytes: number }> {
  let token: string | null = null;
  do {
    const list = new URL(`${s3().endpoint}/${encodeURIComponent(s3().bucket)}`);
    list.searchParams.set("list-type", "2");
    list.searchParams.set("prefix", s3().prefix + start);
    if (token) list.searchParams.set("continuation-token", token);
    const response = await s3().client.fetch(list.toString());
    await expectOk(response, `listing ${start || "the bucket"}`);
    const xml = await response.text();
    for (const [, contents] of xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)) {
      const name = decodeXml(/<Key>([^<]+)<\/Key>/.exec(contents)?.[1] ?? "");
      const bytes = Number(/<Size>(\d+)<\/Size>/.exec(contents)?.[1] ?? 0);
      if (name.startsWith(s3().prefix)) yield { name: name.slice(s3().prefix.length), bytes };
    }
    token = /<IsTruncated>true<\/IsTruncated>/.test(xml)
      ? decodeXml(/<NextContinuationToken>([^<]+)<\/NextContinuationToken>/.exec(xml)?.[1] ?? "") || null
      : null;
  } while (token);
}

/** Every file of the store, by key and path, in the bucket's order; objects outside a key are not the store's. */
export async function* listStored(): AsyncGenerator<StoredFile> {
  for await (const object of listObjects("")) {
    const stored = splitStoredName(object.name);
    if (stored) yield { ...stored, bytes: object.bytes };
  }
}

/** The files of one key with their sizes, in the bucket's order. */
export async function listStoredKey(key: string): Promise<StoredFile[]> {
  if (!validKey(key)) return [];
  const found: StoredFile[] = [];
  for await (const object of listObjects(`${key}/`)) {
    const stored = splitStoredName(object.name);
    if (stored?.key === key) found.push({ ...stored, bytes: object.bytes });
  }
  return found;
}

/** A stored object as a stream with its size, read as it is consumed; null when there is none. */
export async function openStored(key: string, relative: string): Promise<{ body: Readable; bytes: number } | null> {
  const path = safeRelativePath(relative);
  if (!validKey(key) || !path) return null;
  const response = await s3().client.fetch(objectUrl(`${key}/${path}`));
  if (response.status === 404 || response.status === 403) return null;
  await expectOk(response, `reading ${path}`);
  const bytes = Number(response.headers.get("content-length") ?? 0);
  return { body: Readable.fromWeb((response.body ?? new Blob([]).stream()) as WebReadableStream), bytes };
}

/**
 * Stores one object from a stream of `bytes` bytes: one PUT with its length, signed with an unsigned payload and
 * sent by Node's own HTTP client, which reads the stream only as fast as the service takes it (fetch would
 * buffer a whole video). Sent once: a stream cannot be sent again, so a failure is the caller's to retry.
 */
export async function storeStream(key: string, relative: string, body: Readable, bytes: number): Promise<void> {
  const path = safeRelativePath(relative);
  if (!validKey(key) || !path) throw new Error(`Refused path in content store: ${key}/${relative}`);
  const signed = await s3().client.sign(objectUrl(`${key}/${path}`), {
    method: "PUT",
    headers: { "content-length": String(bytes) },
  });
  const url = new URL(signed.url);
  const request = (url.protocol === "https:" ? https : http).request(url, {
    method: "PUT",
    headers: Object.fromEntries(signed.headers),
  });
  const answered = new Promise<http.IncomingMessage>((resolve, reject) => {
    request.once("response", resolve);
    request.once("error", reject);
  });
  answered.catch(() => {}); // a failed request also fails the pipeline below, which reports it
  await pipeline(body, request);
  const response = await answered;
  let text = "";
  for await (const chunk of response) text += chunk;
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 299)
    throw new Error(`Content store (S3): storing ${path} failed with ${status} ${text}`);
}

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
