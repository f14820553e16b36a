// The content store the platform uses: local disk by default, an S3-compatible service with CONTENT_STORE=s3.
import type { Readable } from "node:stream";
import * as local from "./local-store";
import * as s3 from "./s3-store";

const store = () => (process.env.CONTENT_STORE === "s3" ? s3 : local);

export const storeFiles = (key: string, files: Map<string, Uint8Array>) => store().storeFiles(key, files);
export const readStoredFile = (key: string, relative: string) => store().readStoredFile(key, relative);
export const removeStored = (key: string) => store().removeStored(key);
export const storedSize = (key: string, relative: string) => store().storedSize(key, relative);
export const readStoredRange = (key: string, relative: string, start: number, end: number) =>
  store().readStoredRange(key, relative, start, end);
export const listStored = () => store().listStored();
export const listStoredKey = (key: string) => store().listStoredKey(key);
export const openStored = (key: string, relative: string) => store().openStored(key, relative);
export const storeStream = (key: string, relative: string, body: Readable, bytes: number) =>
  store().storeStream(key, relative, body, bytes);
