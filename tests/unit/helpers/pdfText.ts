import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of every page of a PDF as a reader (or a screen reader, or copy and paste) gets it:
 * embedded fonts carry glyph numbers in the content streams, so the leak tests read the text the way
 * pdf.js does, through the fonts' ToUnicode maps.
 */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return pages;
}

/** Every text of a PDF: what pdf.js reads, and the raw bytes (metadata, names). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return [Buffer.from(bytes).toString('latin1'), ...(await pdfPageTexts(bytes))].join('\n');
}

/**
 * For the leak tests: every text a PDF carries — the raw bytes, every stream inflated, the hex
 * strings inside them decoded, and the text as pdf.js reads it through the embedded fonts.
 */
export async function pdfEveryText(bytes: Buffer): Promise<string> {
  const raw = bytes.toString('latin1');
  const parts = [raw];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    const body = Buffer.from(match[1]!, 'latin1');
    let text = body.toString('latin1');
    try {
      text = inflateSync(body).toString('latin1');
    } catch {
      // not compressed
    }
    parts.push(text);
    for (const hex of text.matchAll(/<([0-9A-Fa-f]+)>/g)) parts.push(Buffer.from(hex[1]!, 'hex').toString('latin1'));
  }
  parts.push(...(await pdfPageTexts(bytes)));
  return parts.join('\n');
}
