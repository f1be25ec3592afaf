import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib';

/**
 * The logical structure of a tagged PDF as a screen reader walks it: the elements under the
 * Document element in order, each with its role, its text (what pdf.js reads inside its marked
 * content), on how many pages it lies, its alternative text, and its children for groups (Table, TR).
 */
export interface StructureNode {
  role: string;
  text: string;
  pages: number;
  alt?: string;
  children?: StructureNode[];
}

async function markedTexts(bytes: Uint8Array): Promise<Map<string, string>> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const texts = new Map<string, string>();
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const open: string[] = [];
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
          const mcid = /_mc(\d+)$/.exec(item.id ?? '')?.[1];
          open.push(mcid === undefined ? '' : `${number - 1}:${mcid}`);
        } else if (item.type === 'endMarkedContent') open.pop();
        continue;
      }
      const key = open.findLast((entry) => entry !== '');
      if (key === undefined) continue;
      texts.set(key, `${texts.get(key) ?? ''}${item.str}${item.hasEOL ? ' ' : ''}`);
    }
  }
  await document.destroy();
  return texts;
}

function textOf(value: unknown): string | undefined {
  if (value instanceof PDFHexString || value instanceof PDFString) return value.decodeText();
  return undefined;
}

export async function structureOf(bytes: Uint8Array): Promise<StructureNode[]> {
  const pdf = await PDFDocument.load(bytes);
  const pageIndex = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index]));
  const texts = await markedTexts(bytes);
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const documentElement = root.lookup(PDFName.of('K'), PDFDict);

  const walk = (element: PDFDict): StructureNode => {
    const role = element.lookup(PDFName.of('S'), PDFName).decodeText();
    const kidsObject = element.lookup(PDFName.of('K'));
    const kids = kidsObject instanceof PDFArray ? kidsObject.asArray() : kidsObject === undefined ? [] : [kidsObject];
    const parts: string[] = [];
    const pages = new Set<number>();
    const children: StructureNode[] = [];
    for (const kid of kids) {
      const dict = kid instanceof PDFRef ? pdf.context.lookup(kid, PDFDict) : kid;
      if (!(dict instanceof PDFDict)) continue;
      if (dict.lookup(PDFName.of('Type'))?.toString() === '/MCR') {
        const page = pageIndex.get(dict.get(PDFName.of('Pg'))?.toString() ?? '') ?? -1;
        const mcid = dict.lookup(PDFName.of('MCID'), PDFNumber).asNumber();
        pages.add(page);
        parts.push(texts.get(`${page}:${mcid}`) ?? '');
      } else children.push(walk(dict));
    }
    const node: StructureNode = {
      role,
      text: [...parts, ...children.map((child) => child.text)].join(' ').replace(/\s+/g, ' ').trim(),
      pages: pages.size,
    };
    const alt = textOf(element.lookup(PDFName.of('Alt')));
    if (alt !== undefined) node.alt = alt;
    if (children.length > 0) node.children = children;
    return node;
  };
  return walk(documentElement).children ?? [];
}
