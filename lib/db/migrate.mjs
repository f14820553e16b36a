// Applies Prisma-format migration folders (prisma/migrations/<timestamp>_<name>/migration.sql) with
// Prisma's own schema engine compiled to WebAssembly, so `prisma migrate deploy` stays a drop-in
// alternative wherever the native engine can be installed (docs/decisions/0003-migrations.md).
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
export const MIGRATIONS_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../prisma/migrations");
export const SCHEMA_PATH = path.resolve(MIGRATIONS_DIR, "../schema.prisma");
const NO_FILTER = { externalTables: [], externalEnums: [] };

let bindings;
async function loadEngineBindings() {
  if (bindings) return bindings;
  // Node 20 cannot import .wasm as an ES module, so the engine is instantiated by hand.
  const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const glue = await import(path.join(packageDir, "schema_engine_bg.js"));
  const bytes = await readFile(path.join(packageDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  bindings = glue;
  return glue;
}

// The pg adapter splits scripts on every ";", which breaks function bodies and DO blocks. PostgreSQL runs
// a multi-statement script sent as one simple query in a single implicit transaction, as the native engine does.
function runScriptsWhole(adapter) {
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

// The engine never disposes of the adapters it connects, so this one keeps them to end their connections when the
// engine is closed: an idle connection left open holds the engine's advisory lock, and the next engine on the same
// database (prepare-database after a migration, in one process) waited 10 s for the pool to drop it.
class MigrationPg extends PrismaPg {
  connected = [];
  async connect() {
    return this.#kept(runScriptsWhole(await super.connect()));
  }
  async connectToShadowDb() {
    return this.#kept(runScriptsWhole(await super.connectToShadowDb()));
  }
  #kept(adapter) {
    this.connected.push(adapter);
    return adapter;
  }
  async disposeAll() {
    await Promise.all(this.connected.splice(0).map((adapter) => adapter.dispose()));
  }
}

/** Opens Prisma's schema engine on the database at `url`. Call and await `close()` when done. */
export async function openSchemaEngine(url) {
  const { SchemaEngine } = await loadEngineBindings();
  const pg = new MigrationPg({ connectionString: url, max: 2 });
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(pg);
  const logs = [];
  const engine = await SchemaEngine.new({ datamodels: undefined }, (log) => logs.push(log), adapterFactory);
  return {
    engine,
    logs,
    close: async () => {
      engine.free();
      await pg.disposeAll();
    },
  };
}

export async function readMigrationsList(dir = MIGRATIONS_DIR) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      folders.map(async (folder) => {
        const sql = await readFile(path.join(dir, folder, "migration.sql"), "utf8").then(
          (content) => ({ tag: "ok", value: content }),
          (error) => ({ tag: "error", value: String(error) }),
        );
        return { path: folder, migrationFile: { path: "migration.sql", content: sql } };
      }),
    ),
  };
}

/**
 * Applies every migration not yet applied to the database at `url`, or only those named in `only` (a restore
 * rebuilds the schema its backup was made on); returns the names applied.
 */
export async function applyMigrations(url, { only } = {}) {
  const { engine, close } = await openSchemaEngine(url);
  try {
    const migrationsList = await readMigrationsList();
    if (only) {
      const wanted = new Set(only);
      migrationsList.migrationDirectories = migrationsList.migrationDirectories.filter((m) => wanted.has(m.path));
    }
    const result = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return result.appliedMigrationNames;
  } finally {
    await close();
  }
}

/**
 * The schema that the existing migrations produce, kept beside them. (Diffing from the migrations
 * themselves would need the engine to introspect a shadow database, which it cannot do over the pg
 * adapter: it fails on PostgreSQL's internal "char" type.)
 */
export const MIGRATED_SCHEMA_PATH = path.join(MIGRATIONS_DIR, "migrated-schema.prisma");

/**
 * The SQL that takes a database at MIGRATED_SCHEMA_PATH to the current schema.prisma ("" when they agree).
 * The engine needs a database connection to start, although the diff itself is computed from files.
 */
export async function diffMigratedToCurrentSchema(url) {
  const { engine, close } = await openSchemaEngine(url);
  try {
    const current = await readFile(SCHEMA_PATH, "utf8");
    const migrated = await readFile(MIGRATED_SCHEMA_PATH, "utf8").catch(() => null);
    const result = await engine.diff({
      from:
        migrated === null
          ? { tag: "empty" }
          : { tag: "schemaDatamodel", files: [{ path: MIGRATED_SCHEMA_PATH, content: migrated }] },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: current }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    const sql = result.stdout ?? "";
    return /^-- This is an empty migration/.test(sql.trim()) ? "" : sql;
  } finally {
    await close();
  }
}
