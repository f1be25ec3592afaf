import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatCell } from '@shared/stats/document';
import type { ExportDocument, ExportTable } from '@shared/stats/schemas';

/**
 * The printable report for the alliance meeting: a header with period, recipient and method, then
 * per table the figures and a bar chart of the row totals (suppressed rows get no bar and a ".").
 * Written without creation dates or producer strings, so the same document gives the same bytes.
 */
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const ROW = 13;

const encodableChars = new WeakMap<PDFFont, Map<string, boolean>>();

/** Standard fonts cover WinAnsi only; anything else becomes "?" rather than failing the report. */
function encodable(font: PDFFont, text: string): string {
  let known = encodableChars.get(font);
  if (!known) {
    known = new Map();
    encodableChars.set(font, known);
  }
  let out = '';
  for (const char of text) {
    let ok = known.get(char);
    if (ok === undefined) {
      try {
        font.encodeText(char);
        ok = true;
      } catch {
        ok = false;
      }
      known.set(char, ok);
    }
    out += ok ? char : '?';
  }
  return out;
}

class Writer {
  page: PDFPage;
  y = A4.height - MARGIN;
  constructor(
    private readonly pdf: PDFDocument,
    readonly font: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.page = pdf.addPage([A4.width, A4.height]);
  }
  ensure(height: number): void {
    if (this.y - height >= MARGIN) return;
    this.page = this.pdf.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }
  text(text: string, x: number, size = 9, bold = false, maxWidth = A4.width - MARGIN - x): void {
    const font = bold ? this.bold : this.font;
    let safe = encodable(font, text);
    while (safe.length > 1 && font.widthOfTextAtSize(safe, size) > maxWidth) safe = `${safe.slice(0, -2)}…`;
    this.page.drawText(safe, { x, y: this.y, size, font, color: rgb(0, 0, 0) });
  }
  right(text: string, xRight: number, size = 9): void {
    const safe = encodable(this.font, text);
    this.page.drawText(safe, { x: xRight - this.font.widthOfTextAtSize(safe, size), y: this.y, size, font: this.font });
  }
}

function drawTable(writer: Writer, table: ExportTable): void {
  const single = table.columns.length === 1;
  const headers = single ? ['Anzahl'] : [...table.columns.map((column) => column.label), 'Insgesamt'];
  const labelWidth = single ? 300 : 150;
  const columnWidth = single ? 80 : Math.max(34, (A4.width - 2 * MARGIN - labelWidth) / headers.length);
  const rows = [
    ...table.rows.map((row) => ({
      label: row.merged.length > 0 ? `${row.label} (zusammengefasst)` : row.label,
      values: single ? [row.total] : [...row.values, row.total],
    })),
    { label: 'Insgesamt', values: single ? [table.grandTotal] : [...table.columnTotals, table.grandTotal] },
  ];
  writer.ensure(ROW * (rows.length + 4) + 40);
  writer.text(`${table.id.slice(0, 4)} ${table.title}`, MARGIN, 11, true);
  writer.y -= ROW + 4;
  headers.forEach((header, index) => writer.text(header, MARGIN + labelWidth + index * columnWidth, 6.5, true, columnWidth - 3));
  writer.y -= ROW;
  for (const row of rows) {
    writer.ensure(ROW);
    writer.text(row.label, MARGIN, 8, row.label === 'Insgesamt', labelWidth - 6);
    row.values.forEach((value, index) => writer.right(formatCell(value), MARGIN + labelWidth + (index + 1) * columnWidth - 6, 8));
    writer.y -= ROW;
  }
  // Chart: one bar per row total, scaled to the largest published total.
  const bars = table.rows.map((row) => ({ label: row.label, value: row.total }));
  const largest = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  writer.y -= 6;
  writer.ensure(bars.length * 11 + 10);
  for (const bar of bars) {
    writer.ensure(11);
    writer.text(bar.label, MARGIN, 7, false, 140);
    if (bar.value !== null && bar.value > 0) {
      writer.page.drawRectangle({
        x: MARGIN + 150,
        y: writer.y - 1,
        width: (bar.value / largest) * 250,
        height: 8,
        color: rgb(0.18, 0.36, 0.58),
      });
    }
    writer.text(formatCell(bar.value), MARGIN + 150 + (bar.value !== null ? (bar.value / largest) * 250 : 0) + 4, 7);
    writer.y -= 11;
  }
  writer.y -= 16;
}

export async function renderReport(document: ExportDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const writer = new Writer(pdf, await pdf.embedFont(StandardFonts.Helvetica), await pdf.embedFont(StandardFonts.HelveticaBold));
  writer.text('Fallbuch – Anonymisierte Statistik', MARGIN, 16, true);
  writer.y -= 22;
  const method = document.method === 'ckm' ? 'Cell-Key-Methode' : `Zellsperrung (k = ${document.k})`;
  for (const line of [
    `Zeitraum: ${document.period.label}`,
    `Empfänger: ${document.recipient}`,
    `Verfahren: ${method}`,
    `Hinweis: ${document.note}`,
    `Katalog ${document.catalogueVersion}, Schema ${document.schemaVersion}`,
  ]) {
    writer.text(line, MARGIN, 9);
    writer.y -= ROW;
  }
  writer.y -= 10;
  for (const table of document.tables) drawTable(writer, table);
  return pdf.save({ useObjectStreams: false });
}
