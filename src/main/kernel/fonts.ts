import { readFileSync } from 'node:fs';
import fontkit, { type Font, type Glyph, type GlyphRun } from '@pdf-lib/fontkit';
import bidiFactory from 'bidi-js';
import { rgb, type Color, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';

/**
 * Embedded fonts for the PDFs Fallbuch writes: Noto Sans (Latin, Greek, Cyrillic — every letter of
 * German and of the Latin transliterations) and Noto Sans Arabic, instead of the standard PDF fonts
 * that speak WinAnsi only. Subsets are embedded, so a file carries only the letters it uses; the
 * text stays searchable and copyable (ToUnicode). A line is split into runs by script and laid out
 * in visual order with the Unicode bidirectional algorithm; Arabic is shaped by the font's own
 * OpenType tables (fontkit).
 *
 * Any PDF writer can use it: `const fonts = await embedFonts(pdf)`, then `drawLine(page, text, …)`
 * and `widthOf(…)` instead of `page.drawText` and `font.widthOfTextAtSize`.
 */
export interface PdfFonts {
  regular: PDFFont;
  bold: PDFFont;
  arabic: PDFFont;
  arabicBold: PDFFont;
}

const FILES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  arabic: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  arabicBold: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
} as const;

const bytes = new Map<string, Uint8Array>();

/** The font files are read once per process (they are part of the installed app). */
function fontBytes(name: keyof typeof FILES): Uint8Array {
  let found = bytes.get(name);
  if (!found) {
    found = readFileSync(require.resolve(FILES[name]));
    bytes.set(name, found);
  }
  return found;
}

/** Subsets only: a report carries the letters it uses (tens of kilobytes, not 1.3 MB of fonts). */
/** Letters that need the font's shaping (Arabic joining, combining marks); everything else is one glyph per letter. */
const NEEDS_SHAPING = /[\u0300-\u036f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

/** The parts of fontkit's TrueType subset this module mends (not in its type definitions). */
interface SubsetInternals {
  _addGlyph(glyphId: number): number;
  glyf: Uint8Array[];
  offset: number;
}

/**
 * fontkit writes a small subset with a short `loca` table (offsets halved) but copies glyphs of odd
 * length without padding, which shifts every later glyph: most letters of Noto Sans then print as
 * nothing. Every copied glyph is padded to an even length, as the TrueType format expects.
 */
function padSubsetGlyphs(font: Font): void {
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    const internals = subset as unknown as SubsetInternals;
    const addGlyph = internals._addGlyph.bind(subset);
    internals._addGlyph = (glyphId) => {
      const index = addGlyph(glyphId);
      const copied = internals.glyf[index];
      if (copied && copied.length % 2 === 1) {
        // The same buffer class as fontkit's own (its streams accept nothing else).
        const Padded = copied.constructor as new (length: number) => Uint8Array;
        const padded = new Padded(copied.length + 1);
        padded.set(copied);
        padded[copied.length] = 0;
        internals.glyf[index] = padded;
        internals.offset += 1;
      }
      return index;
    };
    return subset;
  };
}

/**
 * fontkit as pdf-lib uses it, with a fast layout for text that needs no shaping: one glyph per
 * letter, looked up once. fontkit's full OpenType layout takes milliseconds per call on Noto Sans
 * (its GSUB covers many scripts), and pdf-lib lays out every string it measures or draws. pdf-lib
 * applies no kerning in the content stream, so nothing printed changes for Latin text.
 */
const fastFontkit = {
  ...fontkit,
  create(data: Uint8Array, postscriptName?: string): Font {
    const font = fontkit.create(data, postscriptName);
    padSubsetGlyphs(font);
    const shaped = font.layout.bind(font);
    const glyphs = new Map<number, Glyph>();
    const glyphOf = (codePoint: number) => {
      let glyph = glyphs.get(codePoint);
      if (glyph === undefined) {
        glyph = font.glyphForCodePoint(codePoint);
        glyphs.set(codePoint, glyph);
      }
      return glyph;
    };
    font.layout = (text, features) =>
      NEEDS_SHAPING.test(text)
        ? shaped(text, features)
        : // pdf-lib reads only the glyphs of a run (their ids and advance widths).
          ({ glyphs: Array.from(text, (char) => glyphOf(char.codePointAt(0) ?? 0)) } as unknown as GlyphRun);
    return font;
  },
};

export async function embedFonts(pdf: PDFDocument): Promise<PdfFonts> {
  pdf.registerFontkit(fastFontkit);
  const [regular, bold, arabic, arabicBold] = await Promise.all([
    pdf.embedFont(fontBytes('regular'), { subset: true }),
    pdf.embedFont(fontBytes('bold'), { subset: true }),
    pdf.embedFont(fontBytes('arabic'), { subset: true }),
    pdf.embedFont(fontBytes('arabicBold'), { subset: true }),
  ]);
  return { regular, bold, arabic, arabicBold };
}

/** Letters neither font has, as people would write them otherwise. */
const FALLBACK: Readonly<Record<string, string>> = { '→': '–', '←': '–', '≥': '>=', '≤': '<=', '\u2009': ' ', '\u202f': ' ' };
const coverage = new Map<string, { hasGlyphForCodePoint: (codePoint: number) => boolean }>();

function covers(name: keyof typeof FILES, char: string): boolean {
  let font = coverage.get(name);
  if (!font) {
    font = fontkit.create(Buffer.from(fontBytes(name)));
    coverage.set(name, font);
  }
  return font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0);
}

/** The text with every letter the fonts cannot print replaced (an arrow by a dash, anything unknown by „?“). */
export function printable(text: string): string {
  let out = '';
  for (const char of text) {
    if (char === '\n' || covers('regular', char) || covers('arabic', char)) out += char;
    else out += FALLBACK[char] ?? '?';
  }
  return out;
}

const bidi = bidiFactory();
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

export interface TextRun {
  text: string;
  font: PDFFont;
}

/**
 * The runs of one line in drawing order (left to right), each with the font that has its letters.
 * A right-to-left run is handed over in logical order: the font's layout puts its glyphs right to left.
 */
export function layoutRuns(raw: string, fonts: PdfFonts, bold = false): TextRun[] {
  if (raw === '') return [];
  const text = printable(raw);
  const latin = bold ? fonts.bold : fonts.regular;
  const arabic = bold ? fonts.arabicBold : fonts.arabic;
  if (!ARABIC.test(text)) return [{ text, font: latin }];
  const levels = bidi.getEmbeddingLevels(text, 'ltr');
  const order = bidi.getReorderedIndices(text, levels);
  const runs: { indices: number[]; rtl: boolean; arabic: boolean }[] = [];
  for (const index of order) {
    const rtl = (levels.levels[index] ?? 0) % 2 === 1;
    const isArabic = rtl || ARABIC.test(text[index] ?? '');
    const last = runs.at(-1);
    const adjacent = last && Math.abs((last.indices.at(-1) ?? -2) - index) === 1;
    if (last && adjacent && last.rtl === rtl && last.arabic === isArabic) last.indices.push(index);
    else runs.push({ indices: [index], rtl, arabic: isArabic });
  }
  return runs.map((run) => {
    const logical = [...run.indices].sort((left, right) => left - right);
    const chars = logical.map((index) => {
      const char = text[index] ?? '';
      // Brackets inside right-to-left text face the other way.
      return run.rtl ? (bidi.getMirroredCharacter(char) ?? char) : char;
    });
    return { text: chars.join(''), font: run.arabic ? arabic : latin };
  });
}

export function widthOf(text: string, fonts: PdfFonts, size: number, bold = false): number {
  return layoutRuns(text, fonts, bold).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);
}

/** Draws one line starting at x (its left edge), whatever scripts it mixes. */
export function drawLine(
  page: PDFPage,
  text: string,
  fonts: PdfFonts,
  options: { x: number; y: number; size: number; bold?: boolean; color?: Color },
): void {
  let x = options.x;
  for (const run of layoutRuns(text, fonts, options.bold ?? false)) {
    page.drawText(run.text, { x, y: options.y, size: options.size, font: run.font, color: options.color ?? rgb(0, 0, 0) });
    x += run.font.widthOfTextAtSize(run.text, options.size);
  }
}

/** Words of `text` in lines no wider than `width` (a word wider than a line is cut where it must be). */
export function wrapText(text: string, fonts: PdfFonts, size: number, width: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (widthOf(candidate, fonts, size, bold) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      let rest = word;
      while (widthOf(rest, fonts, size, bold) > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && widthOf(rest.slice(0, cut), fonts, size, bold) > width) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}
