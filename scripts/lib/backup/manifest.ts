// What a backup archive holds besides its data: the schema it was made on, the counts and checksums that a
// restore must find again, and every content-store file with its size and SHA-256 (ADR 0040).
export const BACKUP_FORMAT = 1;
export const MANIFEST_FILE = "manifest.json";
export const TABLES_DIR = "tables";
export const CONTENT_DIR = "content";

export interface TableFigures {
  rows: number;
  /** The sum of every row's MD5 (first 60 bits), so it does not depend on the order rows are stored in. */
  checksum: string;
}

export interface TableEntry extends TableFigures {
  name: string;
  /** The columns in the table's order, generated columns left out. */
  columns: string[];
}

export interface SequenceEntry {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export interface FileEntry {
  path: string;
  bytes: number;
  sha256: string;
}

export interface BackupManifest {
  format: number;
  createdAt: string;
  serverVersion: string;
  /** The migrations applied to the backed-up database, in order. */
  migrations: string[];
  tables: TableEntry[];
  sequences: SequenceEntry[];
  files: FileEntry[];
}

/** The manifest read from an archive, refused when it is not one this version of the platform wrote. */
export function parseManifest(text: string): BackupManifest {
  const manifest = JSON.parse(text) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT || !Array.isArray(manifest.tables) || !Array.isArray(manifest.migrations)) {
    throw new Error(
      `Not a backup of this platform (format ${String(manifest.format)}; this version reads ${BACKUP_FORMAT}).`,
    );
  }
  return manifest;
}
