// An upload checked before it is kept: not empty, within its size limit, of a type its own bytes tell, then
// stored under a new key ("<kind>/<uuid>") and recorded. A refusal is an `Invalid` on the form's field with the
// upload's own message keys; when anything fails after the files were stored (a further check of the prepared
// files, the database write), everything stored under the new key is removed, so nothing is ever half-stored.
// A content store that cannot take the files is a refusal too (`contentStoreUnavailable`): the author is told
// to try again, and no row names a file that was not stored.
import { randomUUID } from "node:crypto";
import { Invalid } from "@/lib/errors";
import { removeStored, storeFiles } from "./index";

export interface UploadRules<T> {
  /** The form field a refusal is shown on. */
  field: string;
  maxBytes: number;
  /** Message keys: no file, over the limit, not a type the upload takes. */
  refusals: { missing: string; tooLarge: string; type: string };
  /** The type told by the bytes, or null for anything the upload does not take. */
  sniff: (bytes: Uint8Array) => T | null;
}

/** The upload's type by its bytes, or an `Invalid` for an empty, too large or unrecognised upload. */
export function checkUpload<T>(bytes: Uint8Array, rules: UploadRules<T>): T {
  if (bytes.length === 0) throw new Invalid({ [rules.field]: rules.refusals.missing });
  if (bytes.length > rules.maxBytes) throw new Invalid({ [rules.field]: rules.refusals.tooLarge });
  const type = rules.sniff(bytes);
  if (type === null) throw new Invalid({ [rules.field]: rules.refusals.type });
  return type;
}

/**
 * Checks the upload, prepares its files from its type (which may refuse it further), stores them under a new key
 * of the kind and records them; the key's files are removed when storing or recording fails.
 */
export async function storeCheckedUpload<T, R>(upload: {
  bytes: Uint8Array;
  rules: UploadRules<T>;
  kind: string;
  files: (type: T) => Map<string, Uint8Array> | Promise<Map<string, Uint8Array>>;
  record: (key: string, type: T) => Promise<R>;
}): Promise<R> {
  const type = checkUpload(upload.bytes, upload.rules);
  const files = await upload.files(type);
  const key = `${upload.kind}/${randomUUID()}`;
  await storeOrRefuse(key, files, upload.rules.field);
  try {
    return await upload.record(key, type);
  } catch (error) {
    await removeStored(key).catch((failure) => console.error(`content store: removing ${key} failed:`, failure));
    throw error;
  }
}

/**
 * Stores the files under the key, or, when the content store fails, removes what it took of them (unless the key
 * holds files of before, `keepKey`) and refuses on the form's field.
 */
export async function storeOrRefuse(
  key: string,
  files: Map<string, Uint8Array>,
  field: string,
  { keepKey = false }: { keepKey?: boolean } = {},
): Promise<void> {
  try {
    await storeFiles(key, files);
  } catch (error) {
    console.error(`content store: storing ${key} failed:`, error);
    if (!keepKey)
      await removeStored(key).catch((failure) => console.error(`content store: removing ${key} failed:`, failure));
    throw new Invalid({ [field]: "contentStoreUnavailable" });
  }
}
