import {
  type PDFArray,
  type PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  PDFString,
  beginMarkedContent,
  endMarkedContent,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';

/**
 * The logical structure of a PDF (a "tagged" PDF, ISO 32000-1 §14.7–14.8), as far as pdf-lib lets
 * us write it by hand: every piece of content is marked (`/P <</MCID n>> BDC … EMC`) and belongs to
 * a structure element (H1, P, Table, Figure …) in reading order under one Document element; page
 * furniture (page numbers, the repeated footer) is marked as Artifact. With the title shown instead
 * of the file name, the document language and `/MarkInfo <</Marked true>>`, screen readers read
 * the document in order and know headings, tables and images (with their alternative text).
 * Not done (pdf-lib has no support and we do not claim it): PDF/UA identification and its XMP
 * metadata, role maps, table header scopes.
 */

export type StructRole = 'Document' | 'H1' | 'H2' | 'H3' | 'P' | 'Figure' | 'Table' | 'TR' | 'TH' | 'TD' | 'L' | 'LI' | 'LBody' | 'Span';

interface StructElement {
  role: StructRole;
  parent: StructElement | null;
  kids: (StructElement | { page: PDFPage; mcid: number })[];
  alt?: string;
  language?: string;
  ref: PDFRef;
}

export class PdfStructure {
  private readonly root: StructElement;
  private readonly open: StructElement[] = [];
  private readonly mcids = new Map<PDFPage, StructElement[]>();

  constructor(private readonly document: PDFDocument) {
    this.root = { role: 'Document', parent: null, kids: [], ref: document.context.nextRef() };
  }

  private get current(): StructElement {
    return this.open.at(-1) ?? this.root;
  }

  /** Opens a grouping element (Table, TR, L, LI …); what is tagged until `close()` belongs to it. */
  group(role: StructRole, options: { alt?: string; language?: string } = {}): void {
    const element: StructElement = { role, parent: this.current, kids: [], ref: this.document.context.nextRef(), ...options };
    this.current.kids.push(element);
    this.open.push(element);
  }

  close(): void {
    this.open.pop();
  }

  /**
   * Draws content as (part of) a structure element: `draw` runs between BDC and EMC. Passing the
   * same element again (a paragraph continued on the next page) adds another marked piece to it.
   */
  content(page: PDFPage, role: StructRole, draw: () => void, options: { alt?: string; continues?: StructElement } = {}): StructElement {
    const element = options.continues ?? { role, parent: this.current, kids: [], ref: this.document.context.nextRef(), alt: options.alt };
    if (!options.continues) this.current.kids.push(element);
    const onPage = this.mcids.get(page) ?? [];
    this.mcids.set(page, onPage);
    const mcid = onPage.length;
    onPage.push(element);
    element.kids.push({ page, mcid });
    // The property list inline, as content streams write it (pdf-lib types no dictionary operands).
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(role), `<</MCID ${mcid}>>`]));
    draw();
    page.pushOperators(endMarkedContent());
    return element;
  }

  /** Page furniture that is not part of the reading order (page numbers, running footers). */
  artifact(page: PDFPage, draw: () => void): void {
    page.pushOperators(beginMarkedContent('Artifact'));
    draw();
    page.pushOperators(endMarkedContent());
  }

  /** Writes the structure tree, the parent tree and the document-level marks; call once, before saving. */
  finish(options: { title: string; language: string }): void {
    const { context, catalog } = this.document;
    const treeRef = context.nextRef();
    const documentElement = this.writeElement(this.root, treeRef);
    const nums: (PDFNumber | PDFArray)[] = [];
    this.document.getPages().forEach((page, index) => {
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(index));
      // Tab order follows the structure (accessibility checkers ask for it).
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
      const elements = this.mcids.get(page) ?? [];
      nums.push(PDFNumber.of(index), context.obj(elements.map((element) => element.ref)));
    });
    const parentTree = context.obj({ Nums: nums });
    context.assign(
      treeRef,
      context.obj({ Type: 'StructTreeRoot', K: documentElement, ParentTree: parentTree, ParentTreeNextKey: this.document.getPageCount() }),
    );
    catalog.set(PDFName.of('StructTreeRoot'), treeRef);
    catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
    // Viewers show the title, not the file name (DisplayDocTitle).
    this.document.setTitle(options.title, { showInWindowTitleBar: true });
    this.document.setLanguage(options.language);
  }

  private writeElement(element: StructElement, parentRef: PDFRef): PDFRef {
    const { context } = this.document;
    const kids = element.kids.map((kid) =>
      'mcid' in kid ? context.obj({ Type: 'MCR', Pg: kid.page.ref, MCID: kid.mcid }) : this.writeElement(kid, element.ref),
    );
    const dict = context.obj({ Type: 'StructElem', S: element.role, P: parentRef, K: kids }) as PDFDict;
    const firstPage = element.kids.find((kid): kid is { page: PDFPage; mcid: number } => 'mcid' in kid)?.page;
    if (firstPage) dict.set(PDFName.of('Pg'), firstPage.ref);
    if (element.alt !== undefined) dict.set(PDFName.of('Alt'), PDFHexString.fromText(element.alt));
    if (element.language !== undefined) dict.set(PDFName.of('Lang'), PDFString.of(element.language));
    context.assign(element.ref, dict);
    return element.ref;
  }
}
