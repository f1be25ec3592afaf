import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit, { type Font, type GlyphRun } from '@pdf-lib/fontkit';
import type { Color, PDFDocument, PDFFont, PDFPage } from 'pdf-lib';

/**
 * Embedded fonts for the PDFs Fallbuch writes. The 14 standard PDF fonts speak WinAnsi only, so
 * names like „Schäfer-Yılmaz“ or an Arabic given name lost letters; Noto Sans (Latin, Greek,
 * Cyrillic) and Noto Sans Arabic cover the names in a counsellor's caseload. The TTFs ship with the
 * app as npm packages (OFL), are read from disk once and embedded as subsets (a few KiB per file).
 * Text is drawn in runs: each run in the first font that has all its letters; a letter that no
 * font has becomes "?" rather than a blank, so nothing disappears silently.
 */

export type FontWeight = 'regular' | 'bold';

const FILES: Record<'latin' | 'arabic', Record<FontWeight, string>> = {
  latin: {
    regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  },
  arabic: {
    regular: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  },
};

const fontBytes = new Map<string, Uint8Array>();

/** The bytes of one font file, read from the installed package once per process. */
export function readFontFile(specifier: string): Uint8Array {
  let bytes = fontBytes.get(specifier);
  if (!bytes) {
    // Resolved like a module, so it works from the sources (tests), the bundle and the packaged app.
    bytes = readFileSync(createRequire(__filename).resolve(specifier));
    fontBytes.set(specifier, bytes);
  }
  return bytes;
}

/** A letter only Arabic fonts have: such a font keeps fontkit's shaping (joined letter forms, right to left). */
const ARABIC_ALEF = 0x0627;

/**
 * fontkit for pdf-lib, with a plain layout for fonts of left-to-right scripts: one glyph per
 * character, no kerning or ligatures. fontkit's full layout costs one to two milliseconds per call
 * with Noto Sans, and a log export measures and draws hundreds of thousands of cells; pdf-lib reads
 * nothing from a layout but its glyphs. Arabic keeps the full layout, whose shaping it needs.
 */
const plainLayoutFontkit = {
  create(data: Uint8Array, postscriptName?: string): Font {
    const font = fontkit.create(data, postscriptName);
    if (font.characterSet.includes(ARABIC_ALEF)) return font;
    font.layout = (text: string) => {
      const glyphs = Array.from(text, (character) => font.glyphForCodePoint(character.codePointAt(0) ?? 0x3f));
      // pdf-lib reads only `glyphs` (encoding, widths, subsetting); the rest of a run stays unused.
      return { glyphs } as unknown as GlyphRun;
    };
    return font;
  },
};

/**
 * The font each page is set to. pdf-lib's drawText with a `font` option registers the font in the
 * page's resources again on every call (a new key each time, found by scanning the existing ones),
 * which made a long log export quadratic; setting it only when it changes keeps one key per switch.
 */
const pageFonts = new WeakMap<PDFPage, PDFFont>();

interface Run {
  text: string;
  font: PDFFont;
}

/** One weight of the embedded fonts, measured and drawn in runs. */
export class PdfFontSet {
  private readonly covered: { font: PDFFont; codes: ReadonlySet<number> }[];

  private constructor(fonts: PDFFont[]) {
    this.covered = fonts.map((font) => ({ font, codes: new Set(font.getCharacterSet()) }));
  }

  /** Embeds Noto Sans and Noto Sans Arabic of one weight into `document` (subsets: only the glyphs used are saved). */
  static async embed(document: PDFDocument, weight: FontWeight): Promise<PdfFontSet> {
    document.registerFontkit(plainLayoutFontkit);
    const fonts = await Promise.all(
      [FILES.latin[weight], FILES.arabic[weight]].map((file) => document.embedFont(readFontFile(file), { subset: true })),
    );
    return new PdfFontSet(fonts);
  }

  /** The main font (for page numbers and the like). */
  get primary(): PDFFont {
    const first = this.covered[0];
    if (!first) throw new Error('no font embedded');
    return first.font;
  }

  private fontFor(code: number): PDFFont | null {
    return this.covered.find((entry) => entry.codes.has(code))?.font ?? null;
  }

  /** Splits text into runs of one font; spaces and punctuation stay with the run they are in. */
  runs(text: string): Run[] {
    const runs: Run[] = [];
    for (const character of text.replace(/[\r\n\t]+/g, ' ')) {
      const code = character.codePointAt(0) ?? 0x3f;
      const current = runs.at(-1);
      if (current && character === ' ') {
        current.text += character;
        continue;
      }
      const font = this.fontFor(code);
      const letter = font ? character : '?';
      const chosen = font ?? this.primary;
      if (current && current.font === chosen) current.text += letter;
      else runs.push({ text: letter, font: chosen });
    }
    return runs;
  }

  widthOf(text: string, size: number): number {
    return this.runs(text).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);
  }

  /** The text, cut with "…" where it would be wider than `width`. */
  fit(text: string, size: number, width: number): string {
    if (this.widthOf(text, size) <= width) return text;
    const characters = [...text];
    while (characters.length > 1 && this.widthOf(`${characters.join('')}…`, size) > width) characters.pop();
    return `${characters.join('')}…`;
  }

  draw(page: PDFPage, text: string, options: { x: number; y: number; size: number; color?: Color }): void {
    let x = options.x;
    for (const run of this.runs(text)) {
      if (pageFonts.get(page) !== run.font) {
        page.setFont(run.font);
        pageFonts.set(page, run.font);
      }
      page.drawText(run.text, { x, y: options.y, size: options.size, ...(options.color ? { color: options.color } : {}) });
      x += run.font.widthOfTextAtSize(run.text, options.size);
    }
  }
}
