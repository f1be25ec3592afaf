import { PDFDocument, rgb, type Color, type PDFPage } from 'pdf-lib';
import { embedFonts, type PdfFonts } from './fonts';
import { PdfStructure, type StructRole } from './pdfTags';
import { drawTextLine, textWidth, wrapText, type TextStyle } from './pdfText';

/**
 * The one PDF writer of Fallbuch (Auskunft, processing record, access-log export, papers): A4,
 * embedded Noto fonts (every name in Latin or Arabic script as written, no transliteration),
 * flowing text with page breaks, and a tagged structure in reading order (pdfTags.ts).
 */
export const A4 = { width: 595.28, height: 841.89 } as const;
export const MM = 72 / 25.4;

export interface PdfWriterOptions {
  title: string;
  /** BCP 47, e.g. `de-DE`. */
  language: string;
  landscape?: boolean;
  margins?: { top: number; right: number; bottom: number; left: number };
  /** Called for every new page after the first (running headers such as a table head). */
  onNewPage?: (writer: PdfWriter) => void;
  /** Leave out creation and change dates (an anonymised paper must not carry the day it was made). */
  withoutDates?: boolean;
}

export interface FlowStyle extends TextStyle {
  role?: StructRole;
  indent?: number;
  gapBefore?: number;
  /** Line height as a multiple of the size. */
  leading?: number;
  align?: 'left' | 'right';
}

const GREY = rgb(0.3, 0.3, 0.3);

export class PdfWriter {
  readonly structure: PdfStructure;
  page: PDFPage;
  /** The baseline cursor: the next line is drawn below it. */
  y: number;
  readonly width: number;
  readonly height: number;
  readonly margins: { top: number; right: number; bottom: number; left: number };

  private constructor(
    readonly document: PDFDocument,
    readonly fonts: PdfFonts,
    private readonly options: PdfWriterOptions,
  ) {
    this.structure = new PdfStructure(document);
    this.width = options.landscape ? A4.height : A4.width;
    this.height = options.landscape ? A4.width : A4.height;
    this.margins = options.margins ?? { top: 56, right: 56, bottom: 56, left: 56 };
    this.page = document.addPage([this.width, this.height]);
    this.y = this.height - this.margins.top;
  }

  static async create(options: PdfWriterOptions): Promise<PdfWriter> {
    const document = await PDFDocument.create({ updateMetadata: false });
    document.setProducer('Fallbuch');
    document.setCreator('Fallbuch');
    if (!options.withoutDates) {
      document.setCreationDate(new Date());
      document.setModificationDate(new Date());
    }
    return new PdfWriter(document, await embedFonts(document), options);
  }

  /** The width between the side margins. */
  get contentWidth(): number {
    return this.width - this.margins.left - this.margins.right;
  }

  newPage(): void {
    this.page = this.document.addPage([this.width, this.height]);
    this.y = this.height - this.margins.top;
    this.options.onNewPage?.(this);
  }

  /** Starts a new page unless `height` still fits above the bottom margin. */
  ensureSpace(height: number): void {
    if (this.y - height < this.margins.bottom) this.newPage();
  }

  measure(text: string, style: TextStyle): number {
    return textWidth(text, this.fonts, style);
  }

  wrap(text: string, style: TextStyle, width: number): string[] {
    return wrapText(text, this.fonts, style, width);
  }

  /** One line at a fixed place, tagged as `role` (or as an artifact when `role` is null). */
  textAt(text: string, x: number, y: number, style: TextStyle, role: StructRole | null = 'P'): void {
    const draw = () => drawTextLine(this.page, text, this.fonts, { ...style, x, y });
    if (role === null) this.structure.artifact(this.page, draw);
    else this.structure.content(this.page, role, draw);
  }

  /** Wrapped text in the flow; a paragraph broken over pages stays one structure element. */
  paragraph(text: string, style: FlowStyle = { size: 10 }): void {
    const indent = style.indent ?? 0;
    const leading = style.size * (style.leading ?? 1.35);
    const available = this.contentWidth - indent;
    const lines = this.wrap(text, style, available);
    this.y -= style.gapBefore ?? 0;
    // A heading keeps at least two lines of what follows on its page.
    const isHeading = style.role === 'H1' || style.role === 'H2' || style.role === 'H3';
    this.ensureSpace(leading * (isHeading ? 4 : 1));
    let element: ReturnType<PdfStructure['content']> | undefined;
    let pending: string[] = [];
    const flush = () => {
      if (pending.length === 0) return;
      const drawn = pending;
      const top = this.y + leading * drawn.length;
      element = this.structure.content(
        this.page,
        style.role ?? 'P',
        () =>
          drawn.forEach((line, index) => {
            const y = top - leading * (index + 1);
            const x = style.align === 'right' ? this.width - this.margins.right - this.measure(line, style) : this.margins.left + indent;
            drawTextLine(this.page, line, this.fonts, { ...style, x, y });
          }),
        element ? { continues: element } : {},
      );
      pending = [];
    };
    for (const line of lines) {
      if (this.y - leading < this.margins.bottom) {
        flush();
        this.newPage();
      }
      this.y -= leading;
      pending.push(line);
    }
    flush();
  }

  /** Vertical space. */
  space(height: number): void {
    this.y -= height;
  }

  /** A thin horizontal line across the text width (decoration: an artifact). */
  rule(color: Color = GREY): void {
    const y = this.y;
    this.structure.artifact(this.page, () =>
      this.page.drawLine({
        start: { x: this.margins.left, y },
        end: { x: this.width - this.margins.right, y },
        thickness: 0.5,
        color,
      }),
    );
  }

  /**
   * A table of wrapped cells (header row optional), tagged Table/TR/TH/TD; rows move to the next
   * page whole, and the header is repeated there.
   */
  table(rows: readonly (readonly string[])[], options: { columns: readonly number[]; header?: readonly string[]; size?: number }): void {
    const size = options.size ?? 9.5;
    const leading = size * 1.3;
    const padding = 3;
    const drawRow = (cells: readonly string[], isHeader: boolean) => {
      const style = { size, bold: isHeader };
      const wrapped = cells.map((cell, index) => this.wrap(cell, style, (options.columns[index] ?? 100) - 2 * padding));
      const height = Math.max(1, ...wrapped.map((lines) => lines.length)) * leading + padding;
      this.ensureSpace(height);
      const top = this.y;
      this.structure.group('TR');
      let x = this.margins.left;
      wrapped.forEach((lines, index) => {
        this.structure.content(this.page, isHeader ? 'TH' : 'TD', () =>
          lines.forEach((line, row) =>
            drawTextLine(this.page, line, this.fonts, { ...style, x: x + padding, y: top - leading * (row + 1) }),
          ),
        );
        x += options.columns[index] ?? 100;
      });
      this.structure.close();
      this.y = top - height;
      this.rule(rgb(0.75, 0.75, 0.75));
    };
    this.structure.group('Table');
    if (options.header) drawRow(options.header, true);
    for (const row of rows) {
      if (options.header && this.y - leading * 2 < this.margins.bottom) {
        this.newPage();
        drawRow(options.header, true);
      }
      drawRow(row, false);
    }
    this.structure.close();
  }

  /** A PNG or JPEG image at a fixed place, with its alternative text. */
  async image(bytes: Uint8Array, options: { x: number; y: number; width: number; height: number; alt: string }): Promise<void> {
    const isPng = bytes[0] === 0x89 && bytes[1] === 0x50;
    const image = isPng ? await this.document.embedPng(bytes) : await this.document.embedJpg(bytes);
    this.structure.content(this.page, 'Figure', () => this.page.drawImage(image, options), { alt: options.alt });
  }

  /**
   * Page labels at the bottom right of every page and a running footer on the left (artifacts: page
   * furniture), then the structure; returns the file.
   */
  async save(pageLabel?: (page: number, pages: number) => string, footer?: string): Promise<Uint8Array> {
    const pages = this.document.getPages();
    const style = { size: 8, color: GREY };
    const y = Math.min(this.margins.bottom / 2, 28);
    pages.forEach((page, index) => {
      const label = pageLabel?.(index + 1, pages.length) ?? '';
      const labelWidth = label ? this.measure(label, style) : 0;
      this.structure.artifact(page, () => {
        if (label) drawTextLine(page, label, this.fonts, { ...style, x: this.width - this.margins.right - labelWidth, y });
        if (!footer) return;
        const lines = this.wrap(footer, style, this.contentWidth - labelWidth - 12);
        lines.forEach((line, row) =>
          drawTextLine(page, line, this.fonts, { ...style, x: this.margins.left, y: y + (lines.length - 1 - row) * 10 }),
        );
      });
    });
    this.structure.finish({ title: this.options.title, language: this.options.language });
    return this.document.save({ useObjectStreams: false });
  }
}

/** A text document as blocks (Auskunft, processing record). */
export type Block = { kind: 'title' | 'heading' | 'paragraph' | 'small'; text: string };

const BLOCK_STYLE: Record<Block['kind'], FlowStyle> = {
  title: { size: 17, bold: true, role: 'H1' },
  heading: { size: 12.5, bold: true, role: 'H2', gapBefore: 10 },
  paragraph: { size: 10, gapBefore: 3 },
  small: { size: 8.5, color: rgb(0.25, 0.25, 0.25), gapBefore: 3 },
};

export async function renderTextPdf(
  blocks: readonly Block[],
  options: { title: string; pageLabel: (page: number, pages: number) => string; language: string },
): Promise<Uint8Array> {
  const writer = await PdfWriter.create({ title: options.title, language: options.language });
  for (const block of blocks) writer.paragraph(block.text, BLOCK_STYLE[block.kind]);
  return writer.save(options.pageLabel);
}
