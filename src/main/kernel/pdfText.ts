import fontkit, { type Font, type Glyph } from '@pdf-lib/fontkit';
import {
  PDFHexString,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  appendBezierCurve,
  beginText,
  closePath,
  concatTransformationMatrix,
  endMarkedContent,
  endText,
  fill,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  type Color,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import { layoutRuns, type PdfFonts, type TextRun } from './fonts';

/**
 * Text in every script a caseload holds, drawn so that it looks right AND reads back right.
 *
 * pdf-lib draws a string by glyph advances only: the mark positioning of the font (GPOS) is lost,
 * so the dots of Arabic letters (Noto Sans Arabic draws ج as the shape of ح plus a dot) land beside
 * their letter. And one glyph gets one ToUnicode entry, so the shared shape of ح/ج/خ reads back as
 * whichever letter came first. Runs that need shaping are therefore drawn here glyph by glyph at the
 * positions fontkit's OpenType layout gives, each glyph occurrence with its own entry in the subset
 * (same outline, own ToUnicode: the letters it stands for), dots and marks without letters of their
 * own as vector outlines (they carry no text), and the run wrapped in `/Span <</ActualText …>>`
 * marked content with the logical text, for extractors and screen readers that use it. Right-to-left
 * glyphs are stored in visual order, as PDF text is; extractors (pdf.js, poppler) reorder them.
 */

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: Color;
}

/** Letters that need the font's shaping: Arabic script and combining marks. */
const SHAPED = /[\u0300-\u036f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
/** Far above any glyph id of a TrueType font (16 bits): the ids of glyph occurrences with their own text. */
const OCCURRENCE_ID_BASE = 0x100000;

/** The parts of pdf-lib's subset font embedder this module uses (not in its public types). */
interface EmbedderInternals {
  font: Font;
  fontData: Uint8Array;
  subset: { glyphs: number[] };
  glyphs: Glyph[];
  glyphIdMap: Map<number, number>;
  glyphCache: { invalidate(): void };
}

interface PathCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}

interface Shaper {
  embedder: EmbedderInternals;
  /** A fontkit instance of the same file, used only for layout: its glyphs carry the letters of each occurrence. */
  layoutFont: Font;
  occurrences: Map<string, string>;
  fontKeys: WeakMap<PDFPage, PDFName>;
}

const shapers = new WeakMap<PDFFont, Shaper>();

function embedderOf(font: PDFFont): EmbedderInternals {
  const embedder = (font as unknown as { embedder?: Partial<EmbedderInternals> }).embedder;
  if (!embedder?.font || !embedder.fontData || !Array.isArray(embedder.subset?.glyphs) || !(embedder.glyphIdMap instanceof Map)) {
    // A pdf-lib update changed its insides: fail loudly rather than print wrong letters.
    throw new Error('pdfText: the font is not an embedded subset font of pdf-lib 1.17');
  }
  return embedder as EmbedderInternals;
}

function shaperOf(font: PDFFont): Shaper {
  let shaper = shapers.get(font);
  if (!shaper) {
    const embedder = embedderOf(font);
    const layoutFont = fontkit.create(embedder.fontData);
    // fontkit caches one glyph object per id with the letters of its first use; a view per
    // occurrence keeps the letters the layout tracked for this very occurrence.
    const getGlyph = layoutFont.getGlyph.bind(layoutFont);
    layoutFont.getGlyph = (id: number, codePoints?: number[]) => {
      const glyph = getGlyph(id, codePoints);
      return codePoints ? (Object.create(glyph, { codePoints: { value: [...codePoints] } }) as Glyph) : glyph;
    };
    shaper = { embedder, layoutFont, occurrences: new Map(), fontKeys: new WeakMap() };
    shapers.set(font, shaper);
  }
  return shaper;
}

/** The subset code of one glyph that reads back as `text`: a copy of the glyph with its own ToUnicode entry. */
function occurrenceCode(font: PDFFont, shaper: Shaper, glyphId: number, codePoints: number[]): string {
  const key = `${glyphId}:${codePoints.join(',')}`;
  const known = shaper.occurrences.get(key);
  if (known) return known;
  const { embedder } = shaper;
  embedder.subset.glyphs.push(glyphId);
  const subsetId = embedder.subset.glyphs.length - 1;
  const original = embedder.font.getGlyph(glyphId);
  const occurrence = Object.create(original, {
    id: { value: OCCURRENCE_ID_BASE + subsetId },
    codePoints: { value: codePoints },
    advanceWidth: { value: original.advanceWidth },
  }) as Glyph;
  embedder.glyphs[subsetId - 1] = occurrence;
  embedder.glyphIdMap.set(occurrence.id, subsetId);
  embedder.glyphCache.invalidate();
  // Marks the font as changed, so the subset (with the new glyph) is written when the document is saved.
  font.encodeText('');
  const code = subsetId.toString(16).padStart(4, '0');
  shaper.occurrences.set(key, code);
  return code;
}

function fontKey(page: PDFPage, font: PDFFont, shaper: Shaper): PDFName {
  let key = shaper.fontKeys.get(page);
  if (!key) {
    key = page.node.newFontDictionary(font.name, font.ref);
    shaper.fontKeys.set(page, key);
  }
  return key;
}

/** A glyph outline as path operators, in font units (the caller's matrix scales and places it). */
function outlineOperators(glyph: Glyph): PDFOperator[] {
  const operators: PDFOperator[] = [];
  let current = { x: 0, y: 0 };
  for (const { command, args } of (glyph.path as unknown as { commands: PathCommand[] }).commands) {
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = args;
    if (command === 'moveTo') operators.push(moveTo(a, b));
    else if (command === 'lineTo') operators.push(lineTo(a, b));
    else if (command === 'bezierCurveTo') operators.push(appendBezierCurve(a, b, c, d, e, f));
    else if (command === 'quadraticCurveTo') {
      // PDF has cubic curves only: the same curve with its control points two thirds of the way.
      const control1 = { x: current.x + ((a - current.x) * 2) / 3, y: current.y + ((b - current.y) * 2) / 3 };
      const control2 = { x: c + ((a - c) * 2) / 3, y: d + ((b - d) * 2) / 3 };
      operators.push(appendBezierCurve(control1.x, control1.y, control2.x, control2.y, c, d));
    } else operators.push(closePath());
    if (command === 'quadraticCurveTo') current = { x: c, y: d };
    else if (command === 'bezierCurveTo') current = { x: e, y: f };
    else if (command !== 'closePath') current = { x: a, y: b };
  }
  return operators;
}

function isShapedRun(run: TextRun, fonts: PdfFonts): boolean {
  return run.font === fonts.arabic || run.font === fonts.arabicBold || SHAPED.test(run.text);
}

function shapedLayout(run: TextRun) {
  const shaper = shaperOf(run.font);
  const layout = shaper.layoutFont.layout(run.text);
  return { shaper, layout, scale: 1 / shaper.layoutFont.unitsPerEm };
}

function runWidth(run: TextRun, fonts: PdfFonts, size: number): number {
  if (!isShapedRun(run, fonts)) return run.font.widthOfTextAtSize(run.text, size);
  const { layout, scale } = shapedLayout(run);
  return layout.positions.reduce((sum, position) => sum + position.xAdvance, 0) * scale * size;
}

function lineRuns(text: string, fonts: PdfFonts, bold: boolean): TextRun[] {
  return layoutRuns(text.normalize('NFC'), fonts, bold);
}

/** The width of one line of text, whatever scripts it mixes. */
export function textWidth(text: string, fonts: PdfFonts, style: TextStyle): number {
  return lineRuns(text, fonts, style.bold ?? false).reduce((sum, run) => sum + runWidth(run, fonts, style.size), 0);
}

function drawShapedRun(page: PDFPage, run: TextRun, options: { x: number; y: number; size: number; color: Color }): number {
  const { shaper, layout, scale } = shapedLayout(run);
  const isRightToLeft = RIGHT_TO_LEFT.test(run.text);
  const unit = scale * options.size;
  const key = fontKey(page, run.font, shaper);
  const text: PDFOperator[] = [beginText(), setFillingColor(options.color), setFontAndSize(key, options.size)];
  const outlines: PDFOperator[] = [];
  let pen = 0;
  layout.glyphs.forEach((glyph, index) => {
    const position = layout.positions[index] ?? { xAdvance: 0, yAdvance: 0, xOffset: 0, yOffset: 0 };
    const x = options.x + (pen + position.xOffset) * unit;
    const y = options.y + position.yOffset * unit;
    pen += position.xAdvance;
    if (glyph.codePoints.length === 0) {
      // A dot or mark with no letter of its own: drawn as its outline, so it reads back as nothing.
      outlines.push(pushGraphicsState(), concatTransformationMatrix(unit, 0, 0, unit, x, y), ...outlineOperators(glyph), fill());
      outlines.push(popGraphicsState());
      return;
    }
    // Stored in visual order: a glyph standing for several letters lists them so that reordering gives them back.
    const letters = isRightToLeft ? [...glyph.codePoints].reverse() : glyph.codePoints;
    const code = occurrenceCode(run.font, shaper, glyph.id, letters);
    text.push(setTextMatrix(1, 0, 0, 1, x, y), showText(PDFHexString.of(code)));
  });
  text.push(endText());
  const drawn = [...text, pushGraphicsState(), setFillingColor(options.color), ...outlines, popGraphicsState()];
  if (!isRightToLeft) page.pushOperators(...drawn);
  else {
    // The property list inline, as content streams write it (pdf-lib types no dictionary operands).
    const span = PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Span'), '<</Lang (ar)>>']);
    page.pushOperators(span, ...drawn, endMarkedContent());
  }
  return pen * unit;
}

/** Draws one line starting at x (its left edge), whatever scripts it mixes; returns its width. */
export function drawTextLine(page: PDFPage, text: string, fonts: PdfFonts, options: TextStyle & { x: number; y: number }): number {
  const color = options.color ?? rgb(0, 0, 0);
  let x = options.x;
  for (const run of lineRuns(text, fonts, options.bold ?? false)) {
    if (isShapedRun(run, fonts)) {
      x += drawShapedRun(page, run, { x, y: options.y, size: options.size, color });
      continue;
    }
    page.drawText(run.text, { x, y: options.y, size: options.size, font: run.font, color });
    x += run.font.widthOfTextAtSize(run.text, options.size);
  }
  return x - options.x;
}

/** Words of `text` in lines no wider than `width`; a word wider than a line is cut where it must be. */
export function wrapText(text: string, fonts: PdfFonts, style: TextStyle, width: number): string[] {
  const lines: string[] = [];
  const fits = (candidate: string) => textWidth(candidate, fonts, style) <= width;
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      let rest = word;
      while (!fits(rest) && [...rest].length > 1) {
        const characters = [...rest];
        let cut = characters.length - 1;
        while (cut > 1 && !fits(characters.slice(0, cut).join(''))) cut -= 1;
        lines.push(characters.slice(0, cut).join(''));
        rest = characters.slice(cut).join('');
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}
