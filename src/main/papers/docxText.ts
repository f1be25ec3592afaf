/**
 * Reading WordprocessingML (the XML inside a DOCX) just far enough for papers: the text of every
 * paragraph in document order (numbered from 1, as a person counts „Absatz 3“), whether it is a
 * heading, and tables as rows of cell texts. A small tokenizer instead of an XML library: the parts
 * are machine-written, and nothing here evaluates, fetches or resolves anything (no DTDs, no
 * entities beyond the five predefined and character references).
 */

export interface DocxParagraph {
  index: number;
  text: string;
  /** 1 or 2 for Word's heading styles (Heading1/Überschrift1 …), else null. */
  heading: number | null;
  /** Inside a table cell. */
  inTable: boolean;
}

export type DocxBlock = { kind: 'paragraph'; text: string; heading: number | null } | { kind: 'table'; rows: string[][] };

const TOKEN = /<[^>]*>|[^<]+/g;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

function decode(text: string): string {
  return text.replace(ENTITY, (entity) => {
    if (entity === '&amp;') return '&';
    if (entity === '&lt;') return '<';
    if (entity === '&gt;') return '>';
    if (entity === '&quot;') return '"';
    if (entity === '&apos;') return "'";
    const code = entity.startsWith('&#x') ? Number.parseInt(entity.slice(3, -1), 16) : Number.parseInt(entity.slice(2, -1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function tagName(token: string): string {
  return /^<\/?([\w:.-]+)/.exec(token)?.[1] ?? '';
}

function attribute(token: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(token);
  return match?.[1] === undefined ? null : decode(match[1]);
}

/** Word's heading style ids: `Heading1`, `Title`, and in a German Word `berschrift1` (the id drops the Ü), `Titel`. */
function headingLevel(style: string | null): number | null {
  if (style === null) return null;
  if (/^(?:title|titel)$/i.test(style)) return 1;
  const level = /^(?:heading|berschrift|überschrift)\s*(\d)$/i.exec(style)?.[1];
  if (level === undefined) return null;
  return Number(level) <= 1 ? 1 : 2;
}

interface OpenParagraph {
  index: number;
  text: string;
  style: string | null;
  inTable: boolean;
}

/**
 * Walks one part (document.xml, a header, footnotes …) and calls back for every paragraph when it
 * closes and for every table when it closes, in document order.
 */
export function walkDocx(
  xml: string,
  visit: { paragraph?: (paragraph: DocxParagraph) => void; table?: (rows: string[][], isNested: boolean) => void },
): void {
  const paragraphs: OpenParagraph[] = [];
  const tables: { rows: string[][]; row: string[] | null; cell: string[] | null }[] = [];
  let count = 0;
  let inText = false;
  for (const match of xml.matchAll(TOKEN)) {
    const token = match[0];
    if (!token.startsWith('<')) {
      const current = paragraphs.at(-1);
      if (inText && current) current.text += decode(token);
      continue;
    }
    if (token.startsWith('<?') || token.startsWith('<!')) continue;
    const name = tagName(token);
    const isClosing = token.startsWith('</');
    const isSelfClosing = token.endsWith('/>');
    const table = tables.at(-1);
    if (name === 'w:p') {
      if (!isClosing) {
        count += 1;
        paragraphs.push({ index: count, text: '', style: null, inTable: table?.cell !== null && table !== undefined });
        if (!isSelfClosing) continue;
      }
      const closed = paragraphs.pop();
      if (!closed) continue;
      const paragraph = { index: closed.index, text: closed.text, heading: headingLevel(closed.style), inTable: closed.inTable };
      visit.paragraph?.(paragraph);
      if (table?.cell) table.cell.push(closed.text);
    } else if (name === 'w:t' || name === 'w:delText') {
      inText = !isClosing && !isSelfClosing && name === 'w:t';
    } else if ((name === 'w:tab' || name === 'w:br' || name === 'w:cr') && !isClosing) {
      const current = paragraphs.at(-1);
      if (current) current.text += name === 'w:tab' ? '\t' : '\n';
    } else if (name === 'w:pStyle' && !isClosing) {
      const current = paragraphs.at(-1);
      if (current) current.style = attribute(token, 'w:val');
    } else if (name === 'w:tbl') {
      if (!isClosing) tables.push({ rows: [], row: null, cell: null });
      else {
        const closed = tables.pop();
        if (closed) visit.table?.(closed.rows, tables.length > 0);
      }
    } else if (name === 'w:tr' && table) {
      if (!isClosing) table.row = [];
      else if (table.row) {
        table.rows.push(table.row);
        table.row = null;
      }
    } else if (name === 'w:tc' && table) {
      if (!isClosing) table.cell = [];
      else if (table.cell) {
        table.row?.push(table.cell.join('\n'));
        table.cell = null;
      }
    }
  }
}

/** Every paragraph of a part, numbered. */
export function docxParagraphs(xml: string): DocxParagraph[] {
  const found: DocxParagraph[] = [];
  walkDocx(xml, { paragraph: (paragraph) => found.push(paragraph) });
  return found.sort((left, right) => left.index - right.index);
}

/** The body as blocks: paragraphs outside tables, and each outermost table as rows of cell texts. */
export function docxBlocks(xml: string): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  walkDocx(xml, {
    paragraph: (paragraph) => {
      if (!paragraph.inTable) blocks.push({ kind: 'paragraph', text: paragraph.text, heading: paragraph.heading });
    },
    table: (rows, isNested) => {
      if (!isNested) blocks.push({ kind: 'table', rows });
    },
  });
  return blocks;
}
