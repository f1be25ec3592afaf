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
