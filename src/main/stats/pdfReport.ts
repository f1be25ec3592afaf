import { PDFDocument, rgb } from 'pdf-lib';
import { tableNumber } from '@shared/stats/catalogue';
import { withheldText } from '@shared/stats/csv';
import { formatCell } from '@shared/stats/document';
import type { ExportDocument, ExportTable } from '@shared/stats/schemas';
import { statsText } from '@shared/stats/texts';
import { embedFonts } from '../kernel/fonts';
import { A4, CONTENT_WIDTH, MARGIN, MUTED, PageWriter, RULE } from './pdfLayout';
import { chartHeight, drawChart, drawTable } from './pdfTable';

/**
 * The printable report as an alliance meeting reads it: a one-page summary first (period, recipient,
 * method, the key figures, a chart, what is in the report and on which page, completeness, gaps),
 * then every table with its title in words and a chart that compares. Fonts are embedded (Noto Sans,
 * Noto Sans Arabic), so every letter prints as written. No creation date or producer, so the same
 * document always gives the same bytes.
 */
const method = (document: ExportDocument) => (document.method === 'ckm' ? 'Cell-Key-Methode' : `Zellsperrung (k = ${document.k})`);

function keyFigures(writer: PageWriter, table: ExportTable | undefined): void {
  if (!table) return;
  const figures = table.rows.map((row) => ({ label: row.label, value: formatCell(row.total) }));
  const width = (CONTENT_WIDTH - (figures.length - 1) * 10) / figures.length;
  const top = writer.y - 8;
  figures.forEach((figure, index) => {
    const x = MARGIN + index * (width + 10);
    writer.page.drawRectangle({ x, y: top - 54, width, height: 54, borderColor: RULE, borderWidth: 0.8, color: rgb(0.97, 0.975, 0.985) });
    writer.text(figure.value, x + 10, { size: 20, bold: true }, top - 27);
    writer.text(writer.fit(figure.label, 8, width - 20), x + 10, { size: 8, color: MUTED }, top - 44);
  });
  writer.y = top - 62;
}

function heading(writer: PageWriter, text: string): void {
  writer.y -= 20;
  writer.text(text, MARGIN, { size: 10.5, bold: true });
  writer.y -= 4;
}

/** A boxed line under the title: a Korrekturlieferung, or a file from a training vault. */
function notice(writer: PageWriter, text: string): void {
  writer.y -= 10;
  writer.page.drawRectangle({
    x: MARGIN,
    y: writer.y - 20,
    width: CONTENT_WIDTH,
    height: 24,
    color: rgb(1, 0.96, 0.85),
    borderColor: rgb(0.8, 0.6, 0.1),
    borderWidth: 0.8,
  });
  writer.text(text, MARGIN + 8, { size: 9, bold: true }, writer.y - 12);
  writer.y -= 22;
}

function summary(writer: PageWriter, document: ExportDocument, pageOf: ReadonlyMap<string, number>): void {
  writer.page = writer.pages[0]!;
  writer.y = A4.height - MARGIN;
  writer.text('Fallbuch · Anonymisierte Statistik', MARGIN, { size: 9, color: MUTED });
  writer.y -= 26;
  writer.text(document.period.label, MARGIN, { size: 22, bold: true });
  writer.y -= 18;
  writer.text(`für ${document.recipient} · ${method(document)} · Katalog ${document.catalogueVersion}`, MARGIN, { size: 10 });
  if (document.training) notice(writer, document.training.note);
  if (document.revision > 0) notice(writer, statsText('de', 'stats.file.correction', { revision: document.revision }));
  keyFigures(
    writer,
    document.tables.find((table) => table.id === 'T01_cases'),
  );
  writer.paragraph(`Hinweis: ${document.note}`, { size: 8.5 });
  if (document.method === 'suppression')
    writer.paragraph(
      `„.“ = gesperrt: weniger als ${document.k} Personen, oder gesperrt, damit sich kein gesperrter Wert aus Summen errechnen lässt.`,
      { size: 8.5 },
    );
  const withheld = withheldText(document);
  if (withheld) writer.paragraph(withheld, { size: 8.5 });

  heading(writer, 'Inhalt');
  for (const table of document.tables) {
    writer.y -= 10.5;
    const page = `Seite ${pageOf.get(table.id) ?? ''}`;
    const band = table.completeness ? ` · ${statsText('de', `stats.band.${table.completeness.band}`)} vollständig` : '';
    writer.text(tableNumber(table.id), MARGIN, { size: 8, color: MUTED });
    writer.text(writer.fit(`${table.title}${band}`, 8, CONTENT_WIDTH - 100), MARGIN + 34, { size: 8 });
    writer.right(page, MARGIN + CONTENT_WIDTH, { size: 8, color: MUTED });
  }
  if (document.tables.some((table) => table.id === 'T16a_needsAndReferrals')) {
    heading(writer, statsText('de', 'stats.file.gaps'));
    if (document.gaps.length === 0) writer.paragraph(statsText('de', 'stats.file.noGaps'), { size: 8.5 });
    for (const gap of document.gaps)
      writer.paragraph(`${gap.label}: ${gap.reasons.map((reason) => statsText('de', `stats.gapShort.${reason}`)).join(', ')}`, {
        size: 8.5,
        leading: 11.5,
      });
    writer.paragraph(statsText('de', 'stats.file.gapRules'), { size: 7, color: MUTED, leading: 9.5 });
  }
  // One chart that compares, where it fits on this page: needs, referrals and uptake by field; else the needs.
  const analysis = document.tables.find((table) => table.id === 'T16a_needsAndReferrals');
  const needs = document.tables.find((table) => table.id === 'T08_needs');
  const room = writer.y - MARGIN - 40;
  const compared = { columns: [0, 1, 2], title: 'Bedarf, Vermittlung und Annahme im Vergleich', compact: true };
  if (analysis && chartHeight(writer, analysis, compared) + 24 < room) {
    heading(writer, analysis.title);
    drawChart(writer, analysis, compared);
  } else if (needs && chartHeight(writer, needs, { compact: true }) + 24 < room) {
    heading(writer, needs.title);
    drawChart(writer, needs, { compact: true, title: 'Personen mit Bedarf je Handlungsfeld' });
  }
  writer.page.drawLine({
    start: { x: MARGIN, y: MARGIN + 16 },
    end: { x: MARGIN + CONTENT_WIDTH, y: MARGIN + 16 },
    thickness: 0.4,
    color: RULE,
  });
  writer.text(
    'Keine Namen, Kennungen, Freitexte, genauen Daten oder Alter. Kleine Zeilen sind zu „Sonstige“ zusammengefasst.',
    MARGIN,
    { size: 7, color: MUTED },
    MARGIN + 6,
  );
}

export async function renderReport(document: ExportDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  // A training vault's report says so in its title and on every page, not only on the first.
  const marker = document.training ? `${document.training.note} · ` : '';
  pdf.setTitle(`${marker}Fallbuch – Anonymisierte Statistik ${document.period.label} (${document.recipient})`, {
    showInWindowTitleBar: true,
  });
  pdf.setLanguage('de-DE');
  const fonts = await embedFonts(pdf);
  const writer = new PageWriter(
    pdf,
    fonts,
    `${marker}Fallbuch · Anonymisierte Statistik · ${document.period.label} · ${document.recipient}`,
  );
  const pageOf = new Map<string, number>();
  writer.newPage();
  for (const table of document.tables) {
    pageOf.set(table.id, drawTable(writer, table));
    writer.y -= 8;
  }
  summary(writer, document, pageOf);
  writer.numberPages((page, pages) => `Seite ${page} von ${pages}`);
  return pdf.save({ useObjectStreams: false });
}
