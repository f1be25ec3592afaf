import type { AuditEntry, AuditFilter } from '@shared/audit/domain';
import type { Language } from '@shared/kernel/language';
import { translate } from '@shared/i18n';
import { PdfWriter } from '../kernel/pdf';
import { drawTextLine } from '../kernel/pdfText';
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
const MARGIN = 28;
const FONT_SIZE = 7;
const LINE = 10;

/**
 * Landscape A4 through the kernel's writer (embedded fonts: names of users and reasons print as
 * written). Each entry is one tagged paragraph in reading order, not a table of 20,000 × 9 tagged
 * cells, which would make the file many times larger for little gain when read aloud.
 */
export async function auditPdf(
  entries: Iterable<AuditEntry>,
  meta: { language: Language; filter: string; createdAt: Date; createdBy: string; total: number },
): Promise<Uint8Array> {
  const { language } = meta;
  const title = translate(language, 'audit.export.title');
  const fit = (writer: PdfWriter, text: string, width: number, bold: boolean) => {
    const style = { size: FONT_SIZE, bold };
    if (writer.measure(text, style) <= width) return text;
    const characters = [...text];
    while (characters.length > 1 && writer.measure(`${characters.join('')}…`, style) > width) characters.pop();
    return `${characters.join('')}…`;
  };
  const row = (writer: PdfWriter, values: readonly string[], bold: boolean, role: 'P' | 'H2') => {
    const y = writer.y;
    writer.structure.content(writer.page, role, () => {
      let x = MARGIN;
      values.forEach((value, index) => {
        const width = WIDTHS[index] ?? 60;
        drawTextLine(writer.page, fit(writer, value, width - 4, bold), writer.fonts, { x, y, size: FONT_SIZE, bold });
        x += width;
      });
    });
  };
  const header = (writer: PdfWriter) => {
    row(
      writer,
      COLUMNS.map((column) => translate(language, `audit.column.${column}`)),
      true,
      'H2',
    );
    writer.space(4);
    writer.rule();
    writer.space(LINE);
  };
  const writer = await PdfWriter.create({
    title,
    language: language === 'de' ? 'de-DE' : 'en-GB',
    landscape: true,
    margins: { top: MARGIN + 14, right: MARGIN, bottom: MARGIN + LINE, left: MARGIN },
    onNewPage: header,
  });
  writer.paragraph(title, { size: 14, bold: true, role: 'H1' });
  const intro = translate(language, 'audit.export.meta', {
    createdAt: localTime(meta.createdAt.toISOString(), language),
    createdBy: meta.createdBy,
    count: meta.total,
  });
  writer.paragraph(intro, { size: 9 });
  writer.paragraph(meta.filter, { size: 9 });
  writer.space(12);
  header(writer);
  for (const entry of entries) {
    writer.ensureSpace(LINE);
    row(writer, cells(entry, language), entry.breakGlass, 'P');
    writer.space(LINE);
  }
  return writer.save((page, pages) => translate(language, 'audit.export.page', { page, pages }));
}
