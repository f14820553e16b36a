// A one-page certificate on A4 landscape: the holder's name and the course as written, the date, grade and
// expiry, the signatures, and a QR code of the public verification address. Right to left for Arabic.
import { createElement as h } from "react";
import { Document, Image, Page, Path, Rect, StyleSheet, Svg, Text, View } from "@react-pdf/renderer";
import QRCode from "qrcode";
import { BODY_FONT } from "../fonts.mjs";

const INK = "#0f172a";
const BRAND = "#1e3a8a";
const styles = StyleSheet.create({
  page: { fontFamily: BODY_FONT, color: INK, padding: 24 },
  frame: { flex: 1, borderWidth: 3, borderColor: BRAND, padding: 6 },
  inner: {
    flex: 1,
    borderWidth: 0.75,
    borderColor: BRAND,
    paddingVertical: 24,
    paddingHorizontal: 40,
    justifyContent: "space-between",
  },
  top: { justifyContent: "space-between", alignItems: "center", minHeight: 48 },
  organisation: { fontSize: 12, fontWeight: 700, color: BRAND },
  logo: { maxHeight: 48, maxWidth: 140, objectFit: "contain" },
  body: { alignItems: "center" },
  title: { fontSize: 30, fontWeight: 700, color: BRAND, marginBottom: 14, textAlign: "center" },
  line: { fontSize: 12, textAlign: "center", marginBottom: 6 },
  name: { fontSize: 26, fontWeight: 700, textAlign: "center", marginVertical: 8 },
  course: { fontSize: 18, fontWeight: 700, textAlign: "center", marginTop: 4, marginBottom: 12 },
  small: { fontSize: 11, textAlign: "center", marginBottom: 3 },
  bottom: { justifyContent: "space-between", alignItems: "flex-end" },
  signatures: { gap: 36 },
  signature: { width: 170, alignItems: "center" },
  signatureImage: { height: 42, maxWidth: 160, objectFit: "contain", marginBottom: 2 },
  signatureGap: { height: 44 },
  signatureRule: { borderTopWidth: 0.75, borderTopColor: INK, width: 170, paddingTop: 4 },
  signatureName: { fontSize: 10, fontWeight: 700, textAlign: "center" },
  signatureTitle: { fontSize: 9, textAlign: "center", color: "#334155" },
  verify: { alignItems: "center", width: 170 },
  verifyText: { fontSize: 7.5, textAlign: "center", color: "#334155", marginTop: 3 },
});

/** The QR code as one SVG path, modules drawn as unit squares with a quiet zone of four. */
function qrCode(text, size) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  let d = "";
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) d += `M${col} ${row}h1v1h-1z`;
  }
  const box = modules.size + 8;
  return h(
    Svg,
    { width: size, height: size, viewBox: `-4 -4 ${box} ${box}` },
    h(Rect, { x: -4, y: -4, width: box, height: box, fill: "#ffffff" }),
    h(Path, { d, fill: INK }),
  );
}

/** input: CertificateDocumentInput (lib/certificates/certificate-document.ts) */
export function certificateDocument(input) {
  const row = { flexDirection: input.rtl ? "row-reverse" : "row" };
  const signature = (s, index) =>
    h(
      View,
      { key: index, style: styles.signature },
      s.image ? h(Image, { src: s.image, style: styles.signatureImage }) : h(View, { style: styles.signatureGap }),
      h(
        View,
        { style: styles.signatureRule },
        h(Text, { style: styles.signatureName }, s.name),
        h(Text, { style: styles.signatureTitle }, s.title),
      ),
    );
  return h(
    Document,
    { title: `${input.title} - ${input.holderName}`, language: input.lang },
    h(
      Page,
      { size: "A4", orientation: "landscape", style: styles.page },
      h(
        View,
        { style: styles.frame },
        h(
          View,
          { style: styles.inner },
          h(
            View,
            { style: [styles.top, row] },
            h(Text, { style: styles.organisation }, input.organisation),
            input.issuerLogo
              ? h(Image, { src: input.issuerLogo, style: styles.logo })
              : input.issuerName
                ? h(Text, { style: styles.organisation }, input.issuerName)
                : null,
          ),
          h(
            View,
            { style: styles.body },
            h(Text, { style: styles.title }, input.title),
            h(Text, { style: styles.line }, input.certifies),
            h(Text, { style: styles.name }, input.holderName),
            h(Text, { style: styles.line }, input.completed),
            h(Text, { style: styles.course }, input.courseTitle),
            h(Text, { style: styles.small }, input.dateLine),
            input.gradeLine ? h(Text, { style: styles.small }, input.gradeLine) : null,
            input.expiryLine ? h(Text, { style: styles.small }, input.expiryLine) : null,
          ),
          h(
            View,
            { style: [styles.bottom, row] },
            h(View, { style: [styles.signatures, row] }, input.signatures.map(signature)),
            h(
              View,
              { style: styles.verify },
              qrCode(input.verifyUrl, 76),
              h(Text, { style: styles.verifyText }, input.codeLine),
              h(Text, { style: styles.verifyText }, input.verifyLine),
              h(Text, { style: styles.verifyText }, input.verifyUrl),
            ),
          ),
        ),
      ),
    ),
  );
}
