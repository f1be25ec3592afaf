import { tableNumber } from '@shared/stats/catalogue';
import { completenessText } from '@shared/stats/csv';
import { formatCell } from '@shared/stats/document';
import type { Cell, ExportTable } from '@shared/stats/schemas';
import { statsText } from '@shared/stats/texts';
import { INK, MARGIN, MUTED, SERIES, ZEBRA, type PageWriter } from './pdfLayout';

/**
 * One table of the report: its title in words, the completeness of the items it needs, the figures
 * with every column header right above its numbers, and a chart that compares (rows with rows; for
 * up to five columns, each row's columns side by side).
 */
const ROW = 14;
const BODY = 8.5;
const HEAD = 7.5;

/** A word too wide for its column, in pieces that fit, each but the last ending in a hyphen. */
const VOWEL = /[aeiouäöüy]/i;
const KEEP_TOGETHER = new Set(['ch', 'ck', 'ph', 'th', 'sc', 'ng', 'qu']);

/** Where a German word may be split: before a consonant followed by a vowel (ver-si-che-rung), or between two consonants. */
function breakQuality(word: string, at: number): number {
  const before = word[at - 1] ?? '';
  const here = word[at] ?? '';
  const after = word[at + 1] ?? '';
  if (VOWEL.test(before) && !VOWEL.test(here) && VOWEL.test(after)) return 2;
  if (!VOWEL.test(before) && !VOWEL.test(here) && /\p{L}/u.test(before) && !KEEP_TOGETHER.has(`${before}${here}`.toLowerCase())) return 1;
  return 0;
}

function hyphenate(writer: PageWriter, word: string, size: number, width: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (writer.width(rest, { size, bold: true }) > width && rest.length > 5) {
    let longest = rest.length - 3;
    while (longest > 3 && writer.width(`${rest.slice(0, longest)}-`, { size, bold: true }) > width) longest -= 1;
    // The best syllable break that fits, else the longest piece that fits.
    let cut = longest;
    for (const quality of [2, 1]) {
      const found = Array.from({ length: longest - 2 }, (_, index) => longest - index).find(
        (at) => at >= 3 && breakQuality(rest, at) >= quality,
      );
      if (found !== undefined) {
        cut = found;
        break;
      }
    }
    pieces.push(`${rest.slice(0, cut)}-`);
    rest = rest.slice(cut);
  }
  return [...pieces, rest];
}

/**
 * Column headers in lines no wider than their column, broken between words or after „/“ and „-“;
 * the largest size at which every word fits is taken, and only a word that fits at no size is
 * hyphenated.
 */
function columnHeaders(writer: PageWriter, headers: readonly string[], width: number): { size: number; lines: string[][] } {
  const fits = (size: number) =>
    headers.every((header) => header.split(/(?<=[ /-])/).every((token) => writer.width(token.trim(), { size, bold: true }) <= width));
  let size = HEAD;
  while (size > 6 && !fits(size)) size -= 0.5;
  const lines = headers.map((header) => {
    const tokens = header.split(/(?<=[ /-])/).flatMap((token) => hyphenate(writer, token, size, width));
    const packed: string[] = [];
    for (const token of tokens) {
      const last = packed.at(-1);
      const joined = `${last ?? ''}${token}`;
      if (last !== undefined && !last.endsWith('-') && writer.width(joined.trim(), { size, bold: true }) <= width)
        packed[packed.length - 1] = joined;
      else if (
        last !== undefined &&
        last.endsWith('-') &&
        !/[ /]$/.test(last) &&
        writer.width(joined.trim(), { size, bold: true }) <= width
      )
        packed[packed.length - 1] = joined;
      else packed.push(token);
    }
    return packed.map((line) => line.trim());
  });
  return { size, lines };
}

interface Line {
  label: string;
  values: Cell[];
  total: boolean;
}

/** Draws the table and its chart; returns the page number its title stands on. */
export function drawTable(writer: PageWriter, table: ExportTable): number {
  const single = table.columns.length === 1;
  const measure = table.measure;
  const headers = single ? ['Anzahl', ...(measure ? [measure.label] : [])] : [...table.columns.map((column) => column.label), 'Insgesamt'];
  // More than eight columns do not read upright: such a table gets a landscape page of its own.
  const wide = headers.length > 9;
  if (wide) writer.newPage(true);
  writer.keepLandscape = wide;
  const width = writer.contentWidth;
  const labelWidth = single ? 250 : Math.max(110, Math.min(170, width - headers.length * 48));
  const columnWidth = single ? 90 : (width - labelWidth) / headers.length;
  const lines: Line[] = [
    ...table.rows.map((row) => ({
      label: row.label,
      values: single ? [row.total, ...(measure ? [row.measure ?? null] : [])] : [...row.values, row.total],
      total: false,
    })),
    {
      label: 'Insgesamt',
      values: single ? [table.grandTotal, ...(measure ? [null] : [])] : [...table.columnTotals, table.grandTotal],
      total: true,
    },
  ];
  const { size: headSize, lines: headerLines } = columnHeaders(writer, headers, columnWidth - 6);
  const headerHeight = Math.max(...headerLines.map((wrapped) => wrapped.length)) * (headSize + 2) + 4;
  const labelLines = lines.map((line) => writer.lines(line.label, labelWidth - 8, { size: BODY, bold: line.total }));
  const bodyHeight = labelLines.reduce((sum, wrapped) => sum + Math.max(ROW, wrapped.length * (BODY + 3) + 4), 0);
  // Title, completeness and the whole table stay together on one page where they fit.
  writer.ensure(Math.min(46 + headerHeight + bodyHeight, writer.pageRoom));
  writer.y -= 16;
  const page = writer.pages.indexOf(writer.page) + 1;
  writer.text(table.title, MARGIN, { size: 12.5, bold: true });
  writer.y -= 12;
  const unit = statsText('de', `stats.unit.${table.unit}`);
  writer.text(`Tabelle ${tableNumber(table.id)} · ${unit} · ${table.additive ? 'additiv' : 'nicht additiv'}`, MARGIN, {
    size: 7.5,
    color: MUTED,
  });
  const completeness = completenessText(table);
  if (completeness) writer.paragraph(completeness, { size: 7.5, color: MUTED, leading: 10 });
  writer.y -= 6;
  // Column headers: bottom-aligned, right-aligned over the numbers below them.
  const top = writer.y;
  headerLines.forEach((wrapped, index) => {
    const right = MARGIN + labelWidth + (index + 1) * columnWidth - 4;
    wrapped.forEach((text, line) => {
      const y = top - headerHeight + 4 + (wrapped.length - 1 - line) * (headSize + 2);
      writer.right(text, right, { size: headSize, bold: true }, y);
    });
  });
  writer.y = top - headerHeight;
  writer.rule(writer.y, 0.6, INK);
  lines.forEach((line, index) => {
    const wrapped = labelLines[index]!;
    const height = Math.max(ROW, wrapped.length * (BODY + 3) + 4);
    writer.ensure(height);
    const rowTop = writer.y;
    if (index % 2 === 1 && !line.total)
      writer.page.drawRectangle({ x: MARGIN, y: rowTop - height, width: writer.contentWidth, height, color: ZEBRA });
    if (line.total) writer.rule(rowTop);
    const baseline = rowTop - BODY - 3;
    wrapped.forEach((text, lineIndex) =>
      writer.text(text, MARGIN + 2, { size: BODY, bold: line.total }, baseline - lineIndex * (BODY + 3)),
    );
    line.values.forEach((value, column) => {
      const text = measure && single && column === 1 && line.total ? '' : formatCell(value);
      writer.right(text, MARGIN + labelWidth + (column + 1) * columnWidth - 4, { size: BODY, bold: line.total }, baseline);
    });
    writer.y = rowTop - height;
  });
  writer.rule(writer.y, 0.6, INK);
  drawChart(writer, table);
  writer.keepLandscape = false;
  return page;
}

/** The height drawChart will take (labels of two lines included), so a chart is kept on one page. */
export function chartHeight(writer: PageWriter, table: ExportTable, options: ChartOptions = {}): number {
  const grouped = table.columns.length > 1 && table.columns.length <= 5;
  const series = grouped ? (options.columns?.length ?? table.columns.length) : 1;
  const groupHeight = series * (barHeightOf(grouped, options) + 1.5) + (options.compact ? 3 : 6);
  const rows = table.rows.reduce(
    (sum, row) => sum + Math.max(groupHeight, Math.min(2, writer.lines(row.label, 142, { size: 7 }).length) * 8.5 + 4),
    0,
  );
  return 24 + (grouped ? 14 : 0) + rows;
}

interface Bar {
  label: string;
  values: Cell[];
}

/** Horizontal bars: one per row, or one per column inside each row (up to five columns), each with its number. */
export interface ChartOptions {
  /** Only these columns (indexes), e.g. need, referred and taken up of the analysis. */
  columns?: number[];
  title?: string;
  /** Thinner bars, for the summary page. */
  compact?: boolean;
}

const barHeightOf = (grouped: boolean, options: ChartOptions) => (options.compact ? (grouped ? 4 : 6) : grouped ? 6 : 8);

export function drawChart(writer: PageWriter, table: ExportTable, options: ChartOptions = {}): void {
  const single = table.columns.length === 1;
  const grouped = !single && table.columns.length <= 5;
  const shown = options.columns ?? table.columns.map((_, index) => index);
  const series = grouped ? shown.map((index) => table.columns[index]!.label) : [single ? 'Anzahl' : 'Insgesamt'];
  const bars: Bar[] = table.rows
    .map((row) => ({ label: row.label, values: grouped ? row.values : [row.total] }))
    .map((bar) => ({ ...bar, values: options.columns ? options.columns.map((index) => bar.values[index] ?? null) : bar.values }));
  if (bars.length < 2 && !grouped) return;
  const largest = Math.max(1, ...bars.flatMap((bar) => bar.values.map((value) => value ?? 0)));
  const barHeight = barHeightOf(grouped, options);
  const groupHeight = series.length * (barHeight + 1.5) + (options.compact ? 3 : 6);
  const labelWidth = 150;
  const plotWidth = writer.contentWidth - labelWidth - 40;
  writer.ensure(Math.min(chartHeight(writer, table, options), writer.pageRoom));
  writer.y -= 18;
  const title = options.title ?? `${grouped ? 'Vergleich je Zeile' : 'Vergleich der Zeilen'} (${tableNumber(table.id)})`;
  writer.text(title, MARGIN, { size: 8, bold: true, color: MUTED });
  if (grouped) {
    writer.y -= 12;
    let x = MARGIN;
    series.forEach((name, index) => {
      writer.page.drawRectangle({ x, y: writer.y - 1, width: 8, height: 7, color: SERIES[index % SERIES.length]! });
      const text = writer.fit(name, 7, 110);
      writer.text(text, x + 11, { size: 7 });
      x += 11 + writer.width(text, { size: 7 }) + 12;
    });
  }
  writer.y -= 6;
  for (const bar of bars) {
    writer.ensure(groupHeight);
    const groupTop = writer.y;
    const labelLines = writer.lines(bar.label, labelWidth - 8, { size: 7 }).slice(0, 2);
    labelLines.forEach((line, index) => writer.text(line, MARGIN, { size: 7 }, groupTop - 8 - index * 8.5));
    bar.values.forEach((value, index) => {
      const y = groupTop - 3 - (index + 1) * (barHeight + 1.5);
      const width = value === null ? 0 : (value / largest) * plotWidth;
      if (width > 0)
        writer.page.drawRectangle({ x: MARGIN + labelWidth, y, width, height: barHeight, color: SERIES[index % SERIES.length]! });
      writer.text(formatCell(value), MARGIN + labelWidth + width + 3, { size: 6.5, color: MUTED }, y + 1);
    });
    writer.y = groupTop - Math.max(groupHeight, labelLines.length * 8.5 + 4);
  }
}
