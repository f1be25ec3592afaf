import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Paper, PaperBlock } from '@shared/papers/domain';
import { paperText } from './format';
import { pngSize } from './letterhead';

/**
 * A paper as DOCX (offices edit letters in Word): the same `Paper` as the PDF, with the letterhead
 * in the page header, the contact and page numbers in the footer, the subject as Heading 1 and
 * section titles as Heading 2 (Word's navigation and screen readers use them), tables with a header
 * row, German as the document language. Text in Arabic script is its own run marked right-to-left;
 * Word orders it by the Unicode bidi algorithm, so it is stored in logical order.
 */

const RIGHT_TO_LEFT_RUN =
  /([\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff](?:[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\s\u0660-\u0669]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff])?)/u;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } as const;

interface RunStyle {
  bold?: boolean;
  size?: number;
  color?: string;
}

/** Runs of one line: Arabic-script parts marked right-to-left, line breaks kept. */
function runs(text: string, style: RunStyle = {}): TextRun[] {
  const result: TextRun[] = [];
  const size = style.size === undefined ? {} : { size: style.size * 2 };
  text.split('\n').forEach((line, index) => {
    line
      .split(RIGHT_TO_LEFT_RUN)
      .filter((part) => part !== '')
      .forEach((part, partIndex) => {
        const isRightToLeft = RIGHT_TO_LEFT_RUN.test(part);
        result.push(
          new TextRun({
            text: part,
            ...(style.bold ? { bold: true, boldComplexScript: true } : {}),
            ...size,
            ...(style.color ? { color: style.color } : {}),
            ...(isRightToLeft ? { rightToLeft: true } : {}),
            ...(index > 0 && partIndex === 0 ? { break: 1 } : {}),
          }),
        );
      });
  });
  return result;
}

function paragraph(text: string, options: RunStyle & { heading?: 'one' | 'two'; alignRight?: boolean; spaceBefore?: number } = {}) {
  return new Paragraph({
    children: runs(text, options),
    ...(options.heading ? { heading: options.heading === 'one' ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 } : {}),
    ...(options.alignRight ? { alignment: AlignmentType.RIGHT } : {}),
    spacing: { before: options.spaceBefore ?? 0, after: 80 },
  });
}

function cell(text: string, options: { width: number; bold?: boolean; borders?: boolean }): TableCell {
  return new TableCell({
    children: [paragraph(text, { bold: options.bold ?? false })],
    width: { size: options.width, type: WidthType.PERCENTAGE },
    ...(options.borders === false ? { borders: NO_BORDERS } : {}),
  });
}

function blockContent(block: PaperBlock): (Paragraph | Table)[] {
  if (block.kind === 'heading') return [paragraph(block.text, { heading: 'two', spaceBefore: 240 })];
  if (block.kind === 'paragraph') return [paragraph(block.text, { spaceBefore: 160 })];
  if (block.kind === 'facts') {
    return [
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: block.rows.map(
          (row) => new TableRow({ children: [cell(row.label, { width: 35, bold: true }), cell(row.value, { width: 65 })] }),
        ),
      }),
    ];
  }
  if (block.kind === 'table') {
    const width = Math.floor(100 / Math.max(1, block.header.length));
    return [
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: block.header.map((text) => cell(text, { width, bold: true })) }),
          ...block.rows.map((row) => new TableRow({ children: row.map((text) => cell(text, { width })) })),
        ],
      }),
    ];
  }
  const width = Math.floor(100 / Math.max(1, block.labels.length));
  return [
    paragraph('', { spaceBefore: 900 }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          children: block.labels.map(
            (text) =>
              new TableCell({
                children: [paragraph(text, { size: 8.5 })],
                width: { size: width, type: WidthType.PERCENTAGE },
                borders: { ...NO_BORDERS, top: { style: BorderStyle.SINGLE, size: 6, color: '000000' } },
              }),
          ),
        }),
      ],
    }),
  ];
}

function letterheadHeader(paper: Paper, logo: Uint8Array | null): Header {
  const { letterhead } = paper;
  const lines: Paragraph[] = [];
  if (letterhead.organisation) lines.push(paragraph(letterhead.organisation, { bold: true, size: 13 }));
  for (const line of letterhead.addressLines) lines.push(paragraph(line, { size: 9, color: '595959' }));
  if (!logo) return new Header({ children: lines.length > 0 ? lines : [new Paragraph({})] });
  const size = pngSize(logo);
  // About 4.5 × 2.2 cm at most (96 px to the inch in docx's transformation).
  const scale = Math.min(170 / size.width, 83 / size.height);
  const image = new ImageRun({
    type: 'png',
    data: logo,
    transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
    altText: {
      name: 'Logo',
      title: 'Logo',
      description: paperText('paper.logoAlt', { organisation: letterhead.organisation || paperText('paper.word.ourOffice') }),
    },
  });
  return new Header({
    children: [
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: { ...NO_BORDERS, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
        rows: [
          new TableRow({
            children: [
              new TableCell({
                children: lines.length > 0 ? lines : [new Paragraph({})],
                width: { size: 60, type: WidthType.PERCENTAGE },
                borders: NO_BORDERS,
              }),
              new TableCell({
                children: [new Paragraph({ children: [image], alignment: AlignmentType.RIGHT })],
                width: { size: 40, type: WidthType.PERCENTAGE },
                borders: NO_BORDERS,
              }),
            ],
          }),
        ],
      }),
    ],
  });
}

function footer(paper: Paper): Footer {
  // Two markers no text contains, to cut the sentence around the page number fields.
  const pageWords = paperText('paper.page', { page: '\uE000', pages: '\uE001' }).split(/[\uE000\uE001]/u);
  const pageChildren: ParagraphChild[] = [
    new TextRun({ text: pageWords[0] ?? '', size: 16 }),
    new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
    new TextRun({ text: pageWords[1] ?? '', size: 16 }),
    new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
    new TextRun({ text: pageWords[2] ?? '', size: 16 }),
  ];
  return new Footer({
    children: [
      ...(paper.letterhead.contact ? [paragraph(paper.letterhead.contact, { size: 8, color: '595959' })] : []),
      new Paragraph({ children: pageChildren, alignment: AlignmentType.RIGHT }),
    ],
  });
}

/** Word's core properties without the day the paper was made (for the anonymised vignette). */
function coreWithoutDates(title: string): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escaped}</dc:title><dc:creator>Fallbuch</dc:creator><cp:lastModifiedBy>Fallbuch</cp:lastModifiedBy>` +
    '</cp:coreProperties>'
  );
}

export async function renderPaperDocx(paper: Paper, options: { logo: Uint8Array | null; withoutDates?: boolean }): Promise<Uint8Array> {
  const title = paper.subject ? `${paper.title}: ${paper.subject}` : paper.title;
  const body: (Paragraph | Table)[] = [];
  if (paper.recipientLines.length > 0) {
    const returnLine = [paper.letterhead.organisation, ...paper.letterhead.addressLines].filter(Boolean).join(' · ');
    if (returnLine) body.push(paragraph(returnLine, { size: 7, color: '595959', spaceBefore: 400 }));
    for (const line of paper.recipientLines) body.push(paragraph(line));
  }
  if (paper.dateLine) body.push(paragraph(paper.dateLine, { alignRight: true, spaceBefore: 400 }));
  if (paper.signature[0]) body.push(paragraph(paperText('paper.author', { name: paper.signature[0] }), { alignRight: true, size: 9 }));
  body.push(paragraph(paper.title, { size: 9, color: '595959', spaceBefore: 300 }));
  if (paper.subject) body.push(paragraph(paper.subject, { heading: 'one', bold: true }));
  if (paper.salutation) body.push(paragraph(paper.salutation, { spaceBefore: 240 }));
  for (const block of paper.blocks) body.push(...blockContent(block));
  if (paper.closing) body.push(paragraph(paper.closing, { spaceBefore: 360 }));
  if (paper.signature.length > 0) {
    body.push(paragraph(paper.signature[0] ?? '', { spaceBefore: 720 }));
    for (const line of paper.signature.slice(1)) body.push(paragraph(line, { size: 9, color: '595959' }));
  }
  const document = new Document({
    title,
    creator: 'Fallbuch',
    lastModifiedBy: 'Fallbuch',
    styles: {
      default: {
        document: { run: { language: { value: 'de-DE', bidirectional: 'ar-SA' }, size: 21 } },
        heading1: { run: { size: 24, bold: true, color: '000000' } },
        heading2: { run: { size: 22, bold: true, color: '000000' } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1700, bottom: 1400, left: 1417, right: 1134 } } },
        headers: { default: letterheadHeader(paper, options.logo) },
        footers: { default: footer(paper) },
        children: body,
      },
    ],
  });
  const overrides = options.withoutDates ? [{ path: 'docProps/core.xml', data: coreWithoutDates(title) }] : [];
  return new Uint8Array(await Packer.pack(document, 'nodebuffer', false, overrides));
}
