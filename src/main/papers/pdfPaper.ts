import { rgb } from 'pdf-lib';
import type { Paper } from '@shared/papers/domain';
import { MM, PdfWriter } from '../kernel/pdf';
import { paperText } from './format';
import { pngSize } from './letterhead';

/**
 * A paper as PDF, laid out after DIN 5008 (form B): letterhead with logo at the top, the address
 * field 45 mm from the top edge, date and author on the right, the subject in bold, the body, the
 * signature, and the office's contact with page numbers at the foot of every page. Tagged in that
 * reading order (kernel/pdfTags.ts); the footer is page furniture (artifact).
 */
const LEFT = 25 * MM;
const RIGHT = 20 * MM;
const GREY = rgb(0.35, 0.35, 0.35);

export async function renderPaperPdf(paper: Paper, options: { logo: Uint8Array | null; withoutDates?: boolean }): Promise<Uint8Array> {
  const footer = paper.letterhead.contact;
  const writer = await PdfWriter.create({
    title: paper.subject ? `${paper.title}: ${paper.subject}` : paper.title,
    language: 'de-DE',
    margins: { top: 20 * MM, right: RIGHT, bottom: (footer ? 26 : 20) * MM, left: LEFT },
    withoutDates: options.withoutDates ?? false,
  });
  const top = writer.height;
  const { letterhead } = paper;

  // Letterhead: the office's name and address on the left, the logo on the right.
  if (options.logo) {
    const size = pngSize(options.logo);
    const scale = Math.min((45 * MM) / size.width, (22 * MM) / size.height);
    const width = size.width * scale;
    const height = size.height * scale;
    await writer.image(options.logo, {
      x: writer.width - RIGHT - width,
      y: top - 12 * MM - height,
      width,
      height,
      alt: paperText('paper.logoAlt', { organisation: letterhead.organisation || paperText('paper.word.ourOffice') }),
    });
  }
  let y = top - 18 * MM;
  if (letterhead.organisation) {
    writer.textAt(letterhead.organisation, LEFT, y, { size: 13, bold: true });
    y -= 5.5 * MM;
  }
  for (const line of letterhead.addressLines) {
    writer.textAt(line, LEFT, y, { size: 9, color: GREY });
    y -= 4 * MM;
  }

  if (paper.recipientLines.length > 0) {
    // The address field (45 mm from the top): the return line in small print, then the recipient.
    let address = top - 50 * MM;
    const returnLine = [letterhead.organisation, ...letterhead.addressLines].filter(Boolean).join(' · ');
    if (returnLine) writer.textAt(returnLine, LEFT, address, { size: 7, color: GREY });
    address -= 6 * MM;
    for (const line of paper.recipientLines) {
      writer.textAt(line, LEFT, address, { size: 10.5 });
      address -= 4.8 * MM;
    }
    writer.y = Math.min(top - 97 * MM, address - 8 * MM);
  } else {
    writer.y = Math.min(top - 48 * MM, y - 10 * MM);
  }
  // Date and author on the right, level with the top of the address field.
  const info = [paper.dateLine, ...(paper.signature[0] ? [paperText('paper.author', { name: paper.signature[0] })] : [])];
  let infoY = paper.recipientLines.length > 0 ? top - 50 * MM : writer.y + 10 * MM;
  for (const line of info) {
    const style = { size: 9.5 };
    writer.textAt(line, writer.width - RIGHT - writer.measure(line, style), infoY, style);
    infoY -= 4.6 * MM;
  }

  writer.paragraph(paper.title, { size: 9, color: GREY, role: 'P' });
  if (paper.subject) writer.paragraph(paper.subject, { size: 12, bold: true, role: 'H1', gapBefore: 2 });
  if (paper.salutation) writer.paragraph(paper.salutation, { size: 10.5, gapBefore: 10 });
  for (const block of paper.blocks) {
    if (block.kind === 'heading') writer.paragraph(block.text, { size: 11, bold: true, role: 'H2', gapBefore: 12 });
    else if (block.kind === 'paragraph') writer.paragraph(block.text, { size: 10.5, gapBefore: 8 });
    else if (block.kind === 'facts') {
      writer.space(8);
      writer.table(
        block.rows.map((row) => [row.label, row.value]),
        { columns: [48 * MM, writer.contentWidth - 48 * MM], size: 10 },
      );
    } else if (block.kind === 'table') {
      writer.space(6);
      const width = writer.contentWidth / Math.max(1, block.header.length);
      writer.table(block.rows, { columns: block.header.map(() => width), header: block.header, size: 9 });
    } else {
      writer.space(24 * MM);
      writer.ensureSpace(10 * MM);
      const column = (writer.contentWidth - 10 * MM) / 2;
      block.labels.forEach((signer, index) => {
        const x = LEFT + index * (column + 10 * MM);
        const lineY = writer.y;
        writer.structure.artifact(writer.page, () =>
          writer.page.drawLine({ start: { x, y: lineY }, end: { x: x + column, y: lineY }, thickness: 0.6, color: rgb(0, 0, 0) }),
        );
        writer.textAt(signer, x, lineY - 4 * MM, { size: 8.5, color: GREY });
      });
      writer.space(6 * MM);
    }
  }
  if (paper.closing) writer.paragraph(paper.closing, { size: 10.5, gapBefore: 14 });
  if (paper.signature.length > 0) {
    writer.space(14 * MM);
    for (const [index, line] of paper.signature.entries())
      writer.paragraph(line, index === 0 ? { size: 10.5 } : { size: 9.5, color: GREY });
  }

  return writer.save((page, pages) => paperText('paper.page', { page, pages }), footer);
}
