// `npm run bench:certificates [-- <renders>]` (node runs with --expose-gc): renders one-page certificates (names in the seven languages, a
// signature image, a logo and the QR code, as issued) and prints, for one worker on one core, PDFs per second
// and the p50/p95/p99 render time, the memory growth of the process over the whole run, then the throughput
// of the pool on every core.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import type { CertificateImages, CertificateRecord } from "../lib/certificates/certificate-document";

const RENDERS = Number(process.argv[2] ?? 10_000);
const WARM_UP = 50;
const require = createRequire(__filename);
const image = (name: string) => ({
  contentType: "image/png",
  data: new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/${name}`))),
});

const HOLDERS: Array<[string, string, string]> = [
  ["en", "Margaret O'Brien", "Introduction to the Harmonized System"],
  ["fr", "Zoë Lefèvre-Dubois", "Introduction au Système harmonisé"],
  ["es", "José Núñez Peña", "Introducción al Sistema Armonizado"],
  ["pt", "João Gonçalves", "Introdução ao Sistema Harmonizado"],
  ["pt-BR", "Antônio Araújo", "Introdução ao Sistema Harmonizado"],
  ["ru", "Анна Кузнецова", "Введение в Гармонизированную систему"],
  ["ar", "محمد العلي", "مقدمة في النظام المنسق"],
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function certificateInput(
  certificateDocument: typeof import("../lib/certificates/certificate-document").certificateDocument,
) {
  const images: CertificateImages = {
    secretaryGeneralSignature: image("tajawal/400Regular/Tajawal_400Regular.ttf.png"),
    issuer: {
      name: "Kenya Revenue Authority",
      logo: image("noto-sans/400Regular/NotoSans_400Regular.ttf.png"),
      signature: null,
    },
  };
  return (i: number) => {
    const [locale, holderName, courseTitle] = HOLDERS[i % HOLDERS.length];
    const record: CertificateRecord = {
      code: `BENCH-${String(i).padStart(5, "0")}-ABCDE-FGHJK`,
      locale,
      holderName,
      courseTitle,
      grade: 87.5,
      issuedAt: new Date(),
      expiresAt: new Date(Date.now() + 365 * 86_400_000),
      signatoryName: "Ian Saunders",
      issuerSignatoryName: i % 2 ? "Grace Wanjiru" : null,
      issuerSignatoryTitle: i % 2 ? "Commissioner of Customs" : null,
    };
    // Every other certificate is an administration's own course: its logo and signatory too.
    return certificateDocument(record, i % 2 ? images : { ...images, issuer: null });
  };
}

/** One worker on one core, one certificate at a time: render times and memory. */
async function oneCore() {
  const { certificateDocument } = await import("../lib/certificates/certificate-document");
  const { closePdfWorkers, pdfWorkerMemory, renderPdf } = await import("../lib/pdf/render-pdf");
  const input = certificateInput(certificateDocument);
  // Live memory after full collections in the script and the worker: what a leak would make grow.
  const liveMemory = async () => {
    globalThis.gc?.();
    const { heapUsed, external } = process.memoryUsage();
    return heapUsed + external + (await pdfWorkerMemory());
  };
  for (let i = 0; i < WARM_UP; i++) await renderPdf("certificate", input(i));
  const liveBefore = await liveMemory();
  const rssBefore = process.memoryUsage().rss;
  const times: number[] = [];
  let bytes = 0;
  const started = performance.now();
  const samples: string[] = [];
  for (let i = 0; i < RENDERS; i++) {
    const t0 = performance.now();
    bytes += (await renderPdf("certificate", input(i))).length;
    times.push(performance.now() - t0);
    if ((i + 1) % Math.ceil(RENDERS / 10) === 0) samples.push(`${i + 1}: ${mb(process.memoryUsage().rss)}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const rssAfter = process.memoryUsage().rss;
  const liveAfter = await liveMemory();
  times.sort((a, b) => a - b);
  console.log(
    `One worker (one core), ${RENDERS} certificates after ${WARM_UP} to warm up, mean size ${(bytes / RENDERS / 1024).toFixed(0)} KiB:`,
  );
  console.log(
    `  ${(RENDERS / seconds).toFixed(1)} PDFs/s; render time p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms`,
  );
  console.log(
    `  live memory after full collections (script and worker heaps): ${mb(liveBefore)} -> ${mb(liveAfter)}, growth ${mb(liveAfter - liveBefore)}`,
  );
  console.log(
    `  resident memory of the process: ${mb(rssBefore)} -> ${mb(rssAfter)}, growth ${mb(rssAfter - rssBefore)}`,
  );
  console.log(`  resident memory along the run: ${samples.join(", ")}`);
  await closePdfWorkers();
}

/** One worker per core, all certificates queued at once: throughput of the machine. */
async function everyCore() {
  const { certificateDocument } = await import("../lib/certificates/certificate-document");
  const { closePdfWorkers, renderPdf } = await import("../lib/pdf/render-pdf");
  const input = certificateInput(certificateDocument);
  const total = Math.min(RENDERS, 2_000);
  await Promise.all(
    Array.from({ length: Number(process.env.PDF_WORKERS) * 10 }, (_, i) => renderPdf("certificate", input(i))),
  );
  const t0 = performance.now();
  await Promise.all(Array.from({ length: total }, (_, i) => renderPdf("certificate", input(i))));
  console.log(
    `${process.env.PDF_WORKERS} workers (one per core), ${total} certificates queued at once: ${(total / ((performance.now() - t0) / 1000)).toFixed(1)} PDFs/s`,
  );
  await closePdfWorkers();
}

async function main() {
  if (process.env.BENCH_MODE === "every-core") return everyCore();
  // The pool's size is read when the renderer loads, so each measurement runs in its own process.
  process.env.PDF_WORKERS = "1";
  await oneCore();
  spawnSync(process.execPath, process.execArgv.concat(process.argv.slice(1)), {
    stdio: "inherit",
    env: { ...process.env, BENCH_MODE: "every-core", PDF_WORKERS: String(availableParallelism()) },
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
