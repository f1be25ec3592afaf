import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { AuditEntry, AuditFilter } from '@shared/audit/domain';
import type { Language } from '@shared/kernel/language';
import { translate } from '@shared/i18n';
import { csvCell } from '../kernel/csv';

/**
 * The filtered log view as a file for the data-protection officer: CSV for German Excel (UTF-8
 * BOM, `;`, CRLF) and a printable PDF. Columns are what the view shows; details stay a hash.
 */

const COLUMNS = ['seq', 'at', 'user', 'role', 'action', 'object', 'reason', 'breakGlass', 'detailsHash'] as const;

function localTime(iso: string, language: Language): string {
  return new Date(iso).toLocaleString(language === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
}

function reasonText(entry: AuditEntry, language: Language): string {
  if (!entry.reasonKind) return entry.reasonText ?? '';
  const label = translate(language, `audit.reason.${entry.reasonKind}`);
  return entry.reasonText ? `${label}: ${entry.reasonText}` : label;
}

function cells(entry: AuditEntry, language: Language): string[] {
  return [
    String(entry.seq),
    localTime(entry.at, language),
    entry.userName ?? '',
    entry.role ? translate(language, `audit.role.${entry.role}`) : '',
    entry.action,
    entry.object ?? '',
    reasonText(entry, language),
    translate(language, entry.breakGlass ? 'audit.export.yes' : 'audit.export.no'),
    entry.detailsHash ?? '',
  ];
}

export function auditCsv(entries: Iterable<AuditEntry>, language: Language): string {
  const lines = [COLUMNS.map((column) => csvCell(translate(language, `audit.column.${column}`))).join(';')];
  for (const entry of entries) lines.push(cells(entry, language).map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The standard PDF fonts speak WinAnsi only: fold accents, replace what is left. */
function pdfSafe(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\u0020-\u007e\u00a0-\u00ff€–—„“”‚‘’…]/g, '?');
}

export function describeFilter(filter: AuditFilter, language: Language, userName: string | null): string {
  const parts: string[] = [];
  if (userName) parts.push(`${translate(language, 'audit.column.user')}: ${userName}`);
  if (filter.caseCode) parts.push(`${translate(language, 'audit.column.object')}: ${filter.caseCode}`);
  if (filter.action) parts.push(`${translate(language, 'audit.column.action')}: ${filter.action}`);
  if (filter.from || filter.to) parts.push(`${translate(language, 'audit.export.period')}: ${filter.from ?? '…'} – ${filter.to ?? '…'}`);
  if (filter.breakGlassOnly) parts.push(translate(language, 'audit.export.breakGlassOnly'));
  return parts.length > 0 ? parts.join(' · ') : translate(language, 'audit.export.noFilter');
}

const WIDTHS = [40, 92, 100, 62, 110, 92, 120, 40, 112];
const PAGE = { width: 841.89, height: 595.28, margin: 28 } as const;
const FONT_SIZE = 7;
const LINE = 10;

function fit(text: string, font: PDFFont, width: number): string {
  let value = pdfSafe(text);
  if (font.widthOfTextAtSize(value, FONT_SIZE) <= width) return value;
  while (value.length > 1 && font.widthOfTextAtSize(`${value}…`, FONT_SIZE) > width) value = value.slice(0, -1);
  return `${value}…`;
}

export async function auditPdf(
  entries: Iterable<AuditEntry>,
  meta: { language: Language; filter: string; createdAt: Date; createdBy: string; total: number },
): Promise<Uint8Array> {
  const { language } = meta;
  const document = await PDFDocument.create();
  document.setTitle(pdfSafe(translate(language, 'audit.export.title')));
  document.setCreator('Fallbuch');
  document.setProducer('Fallbuch');
  const font = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = document.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;

  const header = () => {
    let x = PAGE.margin;
    COLUMNS.forEach((column, index) => {
      page.drawText(fit(translate(language, `audit.column.${column}`), bold, (WIDTHS[index] ?? 60) - 4), {
        x,
        y,
        size: FONT_SIZE,
        font: bold,
      });
      x += WIDTHS[index] ?? 60;
    });
    y -= 4;
    page.drawLine({ start: { x: PAGE.margin, y }, end: { x: PAGE.width - PAGE.margin, y }, thickness: 0.5, color: rgb(0.3, 0.3, 0.3) });
    y -= LINE;
  };

  page.drawText(pdfSafe(translate(language, 'audit.export.title')), { x: PAGE.margin, y, size: 14, font: bold });
  y -= 18;
  const intro = translate(language, 'audit.export.meta', {
    createdAt: localTime(meta.createdAt.toISOString(), language),
    createdBy: meta.createdBy,
    count: meta.total,
  });
  page.drawText(pdfSafe(intro), { x: PAGE.margin, y, size: 9, font });
  y -= 12;
  page.drawText(fit(meta.filter, font, PAGE.width - 2 * PAGE.margin), { x: PAGE.margin, y, size: 9, font });
  y -= 18;
  header();
  for (const entry of entries) {
    if (y < PAGE.margin + LINE) {
      page = document.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
      header();
    }
    let x = PAGE.margin;
    cells(entry, language).forEach((value, index) => {
      const width = WIDTHS[index] ?? 60;
      page.drawText(fit(value, entry.breakGlass ? bold : font, width - 4), { x, y, size: FONT_SIZE, font: entry.breakGlass ? bold : font });
      x += width;
    });
    y -= LINE;
  }
  const pages = document.getPages();
  pages.forEach((each, index) => {
    const label = pdfSafe(translate(language, 'audit.export.page', { page: index + 1, pages: pages.length }));
    each.drawText(label, { x: PAGE.width - PAGE.margin - font.widthOfTextAtSize(label, 8), y: PAGE.margin / 2, size: 8, font });
  });
  return document.save({ useObjectStreams: true });
}
