import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import type { AuditEntry } from '@shared/audit/domain';
import { translate } from '@shared/i18n';
import { csvCell } from '../kernel/csv';
import { drawLine, embedFonts, widthOf, wrapText } from '../kernel/fonts';
import { EXPORT_COLUMNS, columnTitle, entryCells, headLines, itemWords, type ExportColumn, type ExportContext } from './exportWords';

/**
 * The filtered log view as a file for the data-protection officer: CSV for German Excel (UTF-8 BOM,
 * `;`, CRLF) and a printable PDF with embedded Noto fonts (every letter of every name). Both start
 * with the same head (what is counted up to which entry, the check, the filter, the time zone);
 * details stay a hash.
 */

export function auditCsv(entries: Iterable<AuditEntry>, context: ExportContext): string {
  const title = translate(context.language, 'audit.export.title');
  const lines = [csvCell(title), ...headLines(context).map(([label, value]) => `${csvCell(label)};${csvCell(value)}`), ''];
  lines.push(EXPORT_COLUMNS.map((column) => csvCell(columnTitle(column, context.language))).join(';'));
  for (const entry of entries) {
    const cells = entryCells(entry, context);
    lines.push(EXPORT_COLUMNS.map((column) => csvCell(cells[column])).join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The PDF leaves out the ISO column (the CSV has it) and names the item under the case code, as the
 * screen does („Dokument 6f1c…“); the rest fits A4 landscape.
 */
type PdfColumn = Exclude<ExportColumn, 'atIso' | 'item'>;
const PDF_COLUMNS = EXPORT_COLUMNS.filter((column): column is PdfColumn => column !== 'atIso' && column !== 'item');
const WIDTHS: Record<PdfColumn, number> = {
  seq: 34,
  at: 84,
  user: 92,
  role: 72,
  action: 120,
  object: 80,
  reason: 96,
  breakGlass: 56,
  detailsHash: 150,
};
const PAGE = { width: 841.89, height: 595.28, margin: 28 } as const;
const FONT_SIZE = 7;
const LINE = 9;
const CELL_GAP = 4;

export async function auditPdf(entries: Iterable<AuditEntry>, context: ExportContext): Promise<Uint8Array> {
  const { language } = context;
  const title = translate(language, 'audit.export.title');
  const document = await PDFDocument.create();
  document.setTitle(context.isTraining ? `${translate(language, 'training.fileNamePrefix')} – ${title}` : title);
  document.setLanguage(language === 'de' ? 'de-DE' : 'en-GB');
  document.setCreator('Fallbuch');
  document.setProducer('Fallbuch');
  const fonts = await embedFonts(document);
  const usable = PAGE.width - 2 * PAGE.margin;
  let page: PDFPage = document.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;

  const newPage = () => {
    page = document.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - PAGE.margin;
  };

  const drawRow = (cells: Record<string, string>, bold: boolean) => {
    const wrapped = PDF_COLUMNS.map((column) => wrapText(cells[column] ?? '', fonts, FONT_SIZE, WIDTHS[column] - CELL_GAP, bold));
    const height = Math.max(...wrapped.map((lines) => lines.length)) * LINE;
    if (y - height < PAGE.margin + LINE) {
      newPage();
      drawHeader();
    }
    let x = PAGE.margin;
    PDF_COLUMNS.forEach((column, index) => {
      (wrapped[index] ?? []).forEach((text, line) => drawLine(page, text, fonts, { x, y: y - line * LINE, size: FONT_SIZE, bold }));
      x += WIDTHS[column];
    });
    y -= height;
  };

  const drawHeader = () => {
    drawRow(Object.fromEntries(PDF_COLUMNS.map((column) => [column, columnTitle(column, language)])), true);
    y += LINE - 4;
    page.drawLine({ start: { x: PAGE.margin, y }, end: { x: PAGE.width - PAGE.margin, y }, thickness: 0.5, color: rgb(0.3, 0.3, 0.3) });
    y -= LINE;
  };

  drawLine(page, context.isTraining ? `${translate(language, 'training.fileNamePrefix')} – ${title}` : title, fonts, {
    x: PAGE.margin,
    y,
    size: 14,
    bold: true,
  });
  y -= 18;
  for (const [label, value] of headLines(context)) {
    for (const text of wrapText(`${label}: ${value}`, fonts, 9, usable)) {
      drawLine(page, text, fonts, { x: PAGE.margin, y, size: 9 });
      y -= 12;
    }
  }
  y -= 6;
  drawHeader();
  for (const entry of entries) {
    const cells = entryCells(entry, context);
    const object = [cells.object, itemWords(entry, language)].filter(Boolean).join(' ');
    drawRow({ ...cells, object }, entry.breakGlass);
  }
  const pages = document.getPages();
  pages.forEach((each, index) => {
    const label = translate(language, 'audit.export.page', { page: index + 1, pages: pages.length });
    drawLine(each, label, fonts, { x: PAGE.width - PAGE.margin - widthOf(label, fonts, 8), y: PAGE.margin / 2, size: 8 });
  });
  return document.save({ useObjectStreams: true });
}
