// Renders the demo's resource PDFs on a thread of their own (demo-media.ts starts it), so that the seed's main
// thread goes on with the records, the SCORM packages and the images meanwhile. Plain ESM, loaded by Node as is.
// Input: one document per language, { locale, title, paragraphs: string[], closing }; answers each document's
// bytes in turn, { locale, pdf }.
import { parentPort, workerData } from "node:worker_threads";
import { createElement as h } from "react";
import { Document, Page, Text, renderToBuffer } from "@react-pdf/renderer";
import { BODY_FONT, registerFonts } from "../../../lib/pdf/fonts.mjs";

registerFonts();

/** A one-page PDF in one language: the resource's heading and text. */
function resourceDocument({ locale, title, paragraphs, closing }) {
  const style = { fontFamily: BODY_FONT, textAlign: locale === "ar" ? "right" : "left" };
  return h(
    Document,
    { title, language: locale },
    h(
      Page,
      { size: "A4", style: { padding: 48, ...style } },
      h(Text, { style: { fontSize: 22, fontWeight: 700, marginBottom: 16 } }, title),
      ...paragraphs.map((text, i) => h(Text, { key: i, style: { fontSize: 12, marginBottom: 8 } }, text)),
      h(Text, { style: { fontSize: 12, marginTop: 12 } }, closing),
    ),
  );
}

for (const input of workerData) {
  const buffer = await renderToBuffer(resourceDocument(input));
  const pdf = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).slice();
  parentPort.postMessage({ locale: input.locale, pdf }, [pdf.buffer]);
}
