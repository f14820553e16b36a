// A report table on A4 landscape pages: title, generation date, the header row repeated on every page,
// page numbers; right to left for Arabic.
import { createElement as h } from "react";
import { Document, Page, Text, View, StyleSheet } from "@react-pdf/renderer";
import { BODY_FONT } from "../fonts.mjs";

const styles = StyleSheet.create({
  page: { fontFamily: BODY_FONT, fontSize: 9, padding: 32, paddingBottom: 48 },
  title: { fontSize: 16, fontWeight: 700, marginBottom: 4 },
  subtitle: { fontSize: 9, color: "#475569", marginBottom: 12 },
  row: { borderBottomWidth: 0.5, borderBottomColor: "#cbd5e1", paddingVertical: 4 },
  header: { fontWeight: 700, borderBottomWidth: 1, borderBottomColor: "#0f172a", backgroundColor: "#f1f5f9" },
  cell: { flex: 1, paddingHorizontal: 4 },
  footer: { position: "absolute", bottom: 24, left: 32, right: 32, fontSize: 8, color: "#64748b" },
});

/** input: { title, subtitle, header: string[], rows: string[][], widths?: number[], rtl: boolean, pageLabel: string ("Page {page} / {pages}") } */
export function tableDocument({ title, subtitle, header, rows, widths, rtl, pageLabel }) {
  const direction = rtl ? "row-reverse" : "row";
  const align = rtl ? "right" : "left";
  const line = (cells, extra, key) =>
    h(
      View,
      { key, style: [styles.row, { flexDirection: direction }, extra], wrap: false, fixed: extra === styles.header },
      cells.map((cell, index) =>
        h(Text, { key: index, style: [styles.cell, { textAlign: align, flex: widths?.[index] ?? 1 }] }, cell),
      ),
    );
  return h(
    Document,
    { title, language: rtl ? "ar" : undefined },
    h(
      Page,
      { size: "A4", orientation: "landscape", style: styles.page },
      h(Text, { style: [styles.title, { textAlign: align }] }, title),
      h(Text, { style: [styles.subtitle, { textAlign: align }] }, subtitle),
      line(header, styles.header, "header"),
      rows.map((cells, index) => line(cells, null, index)),
      h(Text, {
        style: [styles.footer, { textAlign: rtl ? "left" : "right" }],
        fixed: true,
        render: ({ pageNumber, totalPages }) =>
          pageLabel.replace("{page}", String(pageNumber)).replace("{pages}", String(totalPages)),
      }),
    ),
  );
}
