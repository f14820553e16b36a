// Renders PDFs off the server's event loop. Plain ESM so that Node loads it directly in every runtime
// (the Next server, Jest, scripts); templates receive only serialisable input.
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort } from "node:worker_threads";
import { renderToBuffer } from "@react-pdf/renderer";
import { registerFonts } from "./fonts.mjs";
import { certificateDocument } from "./templates/certificate.mjs";
import { tableDocument } from "./templates/table.mjs";

const templates = { table: tableDocument, certificate: certificateDocument };
registerFonts();

parentPort.on("message", async ({ id, template, input }) => {
  // The memory benchmark asks for the heap in use after a full collection.
  if (template === "memory") {
    setFlagsFromString("--expose-gc");
    runInNewContext("gc")();
    const heap = getHeapStatistics();
    parentPort.postMessage({ id, memory: heap.used_heap_size + heap.external_memory });
    return;
  }
  try {
    const render = templates[template];
    if (!render) throw new Error(`Unknown PDF template: ${template}`);
    const buffer = await renderToBuffer(render(input));
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).slice();
    parentPort.postMessage({ id, pdf: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
