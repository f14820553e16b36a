// The text of a PDF as a reader extracts it (poppler's pdftotext), to check what a document really says.
import { execFileSync } from "node:child_process";

export function pdfText(pdf: Uint8Array): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: pdf }).toString("utf8");
}

export function pdfPageCount(pdf: Uint8Array): number {
  const info = execFileSync("pdfinfo", ["-"], { input: pdf }).toString("utf8");
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}
