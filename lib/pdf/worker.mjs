// Renders PDFs off the server's event loop. Plain ESM so that Node loads it directly in every runtime
// (the Next server, Jest, scripts); templates receive only serialisable input.
import { parentPort } from "node:worker_threads";
import { renderToBuffer } from "@react-pdf/renderer";
import { registerFonts } from "./fonts.mjs";
import { certificateDocument } from "./templates/certificate.mjs";
import { tableDocument } from "./templates/table.mjs";

const templates = { table: tableDocument, certificate: certificateDocument };
registerFonts();

parentPort.on("message", async ({ id, template, input }) => {
  try {
    const render = templates[template];
    if (!render) throw new Error(`Unknown PDF template: ${template}`);
    const buffer = await renderToBuffer(render(input));
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).slice();
    parentPort.postMessage({ id, pdf: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
