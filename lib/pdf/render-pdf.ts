// A small pool of worker threads that render PDFs, so a long report or a burst of certificates never
// blocks the requests the server is answering meanwhile.
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";

export type PdfTemplate = "table" | "certificate";

interface Job {
  id: number;
  template: PdfTemplate | "memory";
  input: unknown;
  resolve: (result: Uint8Array | number) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  busy: Job | null;
  rendered: number;
}

// The layout engine caches per distinct text (every certificate code is new), about 3 KB a document, so a
// worker is replaced after this many documents: memory stays flat whatever the volume.
const RENDERS_PER_WORKER = 1000;

// PDF_WORKERS sets the pool's size (the certificate benchmark measures one worker per core).
const POOL_SIZE = Number(process.env.PDF_WORKERS) || Math.max(1, Math.min(4, availableParallelism()));
// Resolved from the project root at run time: the worker is plain ESM that Node loads as is, so the
// bundler must not follow it (it would try to bundle the fonts).
const WORKER_FILE = path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "pdf", "worker.mjs");

const pool: PoolWorker[] = [];
const queue: Job[] = [];
let nextId = 1;

function startWorker(): PoolWorker {
  const entry: PoolWorker = { worker: new Worker(WORKER_FILE), busy: null, rendered: 0 };
  entry.worker.unref();
  entry.worker.on("message", (message: { id: number; pdf?: Uint8Array; memory?: number; error?: string }) => {
    const job = entry.busy;
    entry.busy = null;
    entry.worker.unref();
    if (job && job.id === message.id) {
      if (message.pdf) job.resolve(message.pdf);
      else if (message.memory !== undefined) job.resolve(message.memory);
      else job.reject(new Error(message.error ?? "PDF rendering failed"));
    }
    if (++entry.rendered >= RENDERS_PER_WORKER) retire(entry);
    dispatch();
  });
  entry.worker.on("error", (error) => {
    entry.busy?.reject(error);
    leavePool(entry);
    dispatch();
  });
  pool.push(entry);
  return entry;
}

function leavePool(entry: PoolWorker) {
  const index = pool.indexOf(entry);
  if (index >= 0) pool.splice(index, 1);
}

function retire(entry: PoolWorker) {
  leavePool(entry);
  void entry.worker.terminate();
}

function dispatch() {
  while (queue.length > 0) {
    const idle = pool.find((entry) => !entry.busy) ?? (pool.length < POOL_SIZE ? startWorker() : null);
    if (!idle) return;
    const job = queue.shift()!;
    idle.busy = job;
    idle.worker.ref(); // keeps a script alive until its PDF arrives; idle workers never hold the process
    idle.worker.postMessage({ id: job.id, template: job.template, input: job.input });
  }
}

/** Renders one of the templates in `lib/pdf/templates` with serialisable input. */
export function renderPdf(template: PdfTemplate, input: unknown): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    queue.push({ id: nextId++, template, input, resolve: resolve as (result: Uint8Array | number) => void, reject });
    dispatch();
  });
}

/** Bytes of heap a worker holds after a full collection: for the memory benchmark. */
export function pdfWorkerMemory(): Promise<number> {
  return new Promise((resolve, reject) => {
    queue.push({
      id: nextId++,
      template: "memory",
      input: null,
      resolve: resolve as (result: Uint8Array | number) => void,
      reject,
    });
    dispatch();
  });
}

/** Stops the workers (tests and scripts that want to exit promptly). */
export async function closePdfWorkers() {
  await Promise.all(pool.splice(0).map((entry) => entry.worker.terminate()));
}
