import { rgb, type Color, type PDFDocument, type PDFPage } from 'pdf-lib';
import { drawLine, widthOf, wrapText, type PdfFonts } from '../kernel/fonts';

/** Pages of the statistics report: A4, margins, a running head and page numbers, text that never runs over its box. */
export const A4 = { width: 595.28, height: 841.89 } as const;
export const MARGIN = 48;
export const CONTENT_WIDTH = A4.width - 2 * MARGIN;
export const INK = rgb(0.1, 0.1, 0.12);
export const MUTED = rgb(0.36, 0.36, 0.4);
export const RULE = rgb(0.78, 0.78, 0.8);
export const ZEBRA = rgb(0.955, 0.96, 0.97);
/** Colour-blind-safe series colours (Okabe–Ito); every bar carries its number and a legend, never colour alone. */
export const SERIES: readonly Color[] = [
  rgb(0, 0.447, 0.698),
  rgb(0.902, 0.624, 0),
  rgb(0, 0.62, 0.451),
  rgb(0.8, 0.475, 0.655),
  rgb(0.337, 0.706, 0.914),
  rgb(0.835, 0.369, 0),
];

export interface TextOptions {
  size?: number;
  bold?: boolean;
  color?: Color;
}

export class PageWriter {
  page: PDFPage;
  y = A4.height - MARGIN;
  readonly pages: PDFPage[] = [];
  /** Width of the current page's text area (A4 portrait, or landscape for wide tables). */
  contentWidth = CONTENT_WIDTH;
  /** While a wide table is drawn, its continuation pages are landscape too; otherwise new pages are upright. */
  keepLandscape = false;
  private pageWidth: number = A4.width;
  private pageHeight: number = A4.height;

  constructor(
    private readonly pdf: PDFDocument,
    readonly fonts: PdfFonts,
    private readonly runningHead: string,
  ) {
    this.page = this.addPage();
  }

  private addPage(): PDFPage {
    const page = this.pdf.addPage([this.pageWidth, this.pageHeight]);
    this.pages.push(page);
    return page;
  }

  get landscape(): boolean {
    return this.pageWidth > this.pageHeight;
  }

  /** A new page; `landscape` for a table too wide to read upright. */
  newPage(landscape = false): void {
    this.pageWidth = landscape ? A4.height : A4.width;
    this.pageHeight = landscape ? A4.width : A4.height;
    this.contentWidth = this.pageWidth - 2 * MARGIN;
    this.page = this.addPage();
    this.y = this.pageHeight - MARGIN - 14;
    drawLine(this.page, this.fit(this.runningHead, 7.5, this.contentWidth), this.fonts, {
      x: MARGIN,
      y: this.pageHeight - MARGIN + 8,
      size: 7.5,
      color: MUTED,
    });
    this.rule(this.pageHeight - MARGIN + 3);
  }

  /** A horizontal line across the content width at `y`. */
  rule(y: number, thickness = 0.4, color: Color = RULE): void {
    this.page.drawLine({ start: { x: MARGIN, y }, end: { x: MARGIN + this.contentWidth, y }, thickness, color });
  }

  /** Room for `height` points below the cursor, or a new page (upright again after a landscape one). */
  ensure(height: number): void {
    if (this.y - height < MARGIN + 12) this.newPage(this.keepLandscape);
  }

  /** Height of the text area of a fresh page. */
  get pageRoom(): number {
    return this.pageHeight - 2 * MARGIN - 40;
  }

  width(text: string, options: TextOptions = {}): number {
    return widthOf(text, this.fonts, options.size ?? 9, options.bold ?? false);
  }

  /** The text, shortened with „…“ only if it cannot fit (labels are wrapped before that). */
  fit(text: string, size: number, maxWidth: number, bold = false): string {
    if (widthOf(text, this.fonts, size, bold) <= maxWidth) return text;
    let cut = text;
    while (cut.length > 1 && widthOf(`${cut}…`, this.fonts, size, bold) > maxWidth) cut = cut.slice(0, -1);
    return `${cut}…`;
  }

  text(text: string, x: number, options: TextOptions = {}, y = this.y): void {
    drawLine(this.page, text, this.fonts, { x, y, size: options.size ?? 9, bold: options.bold ?? false, color: options.color ?? INK });
  }

  right(text: string, xRight: number, options: TextOptions = {}, y = this.y): void {
    this.text(text, xRight - this.width(text, options), options, y);
  }

  lines(text: string, maxWidth: number, options: TextOptions = {}): string[] {
    return wrapText(text, this.fonts, options.size ?? 9, maxWidth, options.bold ?? false);
  }

  /** A wrapped paragraph at the cursor; the cursor moves below it. */
  paragraph(text: string, options: TextOptions & { x?: number; width?: number; leading?: number } = {}): void {
    const size = options.size ?? 9;
    const leading = options.leading ?? size * 1.4;
    for (const line of this.lines(text, options.width ?? this.contentWidth, options)) {
      this.ensure(leading);
      this.y -= leading;
      this.text(line, options.x ?? MARGIN, options);
    }
  }

  /** „Seite 1 von 5“ at the foot of every page. */
  numberPages(label: (page: number, pages: number) => string): void {
    this.pages.forEach((page, index) => {
      const text = label(index + 1, this.pages.length);
      drawLine(page, text, this.fonts, {
        x: page.getWidth() - MARGIN - widthOf(text, this.fonts, 7.5),
        y: MARGIN / 2,
        size: 7.5,
        color: MUTED,
      });
    });
  }
}
