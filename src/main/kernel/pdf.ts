import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/**
 * A small text-document writer on pdf-lib for the Auskunft and the processing record: A4, title,
 * headings, wrapped paragraphs, page numbers. The standard PDF fonts speak WinAnsi only (German
 * umlauts and ß included); other letters are simplified (ş → s) or replaced by "?", and the
 * document says so — the JSON file next to it keeps every character exactly.
 */
export type Block = { kind: 'title' | 'heading' | 'paragraph' | 'small'; text: string };

const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = 56;
const SIZES = { title: 17, heading: 12.5, paragraph: 10, small: 8.5 } as const;
const SPECIAL: Record<string, string> = { ı: 'i', İ: 'I', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', '→': '->', '\u2009': ' ', '\u202f': ' ' };

export function toWinAnsi(text: string, supported: ReadonlySet<number>): { text: string; simplified: boolean } {
  let simplified = false;
  let output = '';
  for (const character of text.replace(/\r\n?/g, '\n')) {
    const code = character.codePointAt(0) ?? 63;
    if (supported.has(code) || character === '\n') {
      output += character;
      continue;
    }
    simplified = true;
    const special = SPECIAL[character];
    if (special !== undefined) {
      output += special;
      continue;
    }
    const stripped = character.normalize('NFD').replace(/\p{M}/gu, '');
    output += [...stripped].every((part) => supported.has(part.codePointAt(0) ?? 0)) && stripped !== '' ? stripped : '?';
  }
  return { text: output, simplified };
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      // A single word wider than the line (a long code or URL) is cut where it must be.
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

export async function renderTextPdf(
  blocks: readonly Block[],
  options: { title: string; pageLabel: (page: number, pages: number) => string; simplifiedNote: string; language: string },
): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.setTitle(options.title);
  document.setLanguage(options.language);
  document.setProducer('Fallbuch');
  document.setCreator('Fallbuch');
  const regular = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  const supported = new Set(regular.getCharacterSet());
  const width = A4.width - 2 * MARGIN;
  let page: PDFPage = document.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  let simplifiedAny = false;
  const all: Block[] = [...blocks];
  const place = (block: Block) => {
    const size = SIZES[block.kind];
    const font = block.kind === 'title' || block.kind === 'heading' ? bold : regular;
    const converted = toWinAnsi(block.text, supported);
    simplifiedAny ||= converted.simplified;
    const before = block.kind === 'heading' ? 10 : block.kind === 'title' ? 0 : 3;
    y -= before;
    const lines = wrap(converted.text, font, size, width);
    // Keep a heading with at least two lines of what follows.
    if (block.kind === 'heading' && y - size * 4 < MARGIN) {
      page = document.addPage([A4.width, A4.height]);
      y = A4.height - MARGIN;
    }
    for (const line of lines) {
      if (y - size * 1.35 < MARGIN) {
        page = document.addPage([A4.width, A4.height]);
        y = A4.height - MARGIN;
      }
      y -= size * 1.35;
      page.drawText(line, { x: MARGIN, y, size, font, color: block.kind === 'small' ? rgb(0.25, 0.25, 0.25) : rgb(0, 0, 0) });
    }
  };
  for (const block of all) place(block);
  if (simplifiedAny) place({ kind: 'small', text: options.simplifiedNote });
  const pages = document.getPages();
  pages.forEach((current, index) => {
    const label = options.pageLabel(index + 1, pages.length);
    current.drawText(label, {
      x: A4.width - MARGIN - regular.widthOfTextAtSize(label, 8),
      y: MARGIN / 2,
      size: 8,
      font: regular,
      color: rgb(0.3, 0.3, 0.3),
    });
  });
  return document.save({ useObjectStreams: false });
}
