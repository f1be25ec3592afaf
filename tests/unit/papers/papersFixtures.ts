import { unzipSync, strFromU8 } from 'fflate';
import { documentsBench, type DocumentsBench } from '../helpers/documentFixtures';
import type { PaperDraft } from '../../../src/shared/papers/domain';
import { caseFields } from '../helpers/caseFixtures';

/** The text of a DOCX as Word shows it: every `w:t` of word/document.xml, paragraphs on their own lines. */
export function docxText(bytes: Uint8Array, part = 'word/document.xml'): string {
  const files = unzipSync(new Uint8Array(bytes));
  const xml = strFromU8(files[part] ?? new Uint8Array());
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** Every part of a DOCX as text (for canary scans: headers, footers, properties too). */
export function docxAllText(bytes: Uint8Array): string {
  const files = unzipSync(new Uint8Array(bytes));
  const decoder = new TextDecoder();
  return [docxText(bytes), ...Object.values(files).map((file) => decoder.decode(file))].join('\n');
}

export function draft(overrides: Partial<PaperDraft> = {}): PaperDraft {
  return {
    templateId: 'participation',
    recipient: { kind: 'client' },
    free: {},
    sections: [],
    period: { from: null, to: null },
    appointment: null,
    ...overrides,
  };
}

export { documentsBench as papersBench };

/** A person whose name the case holds in Arabic script. */
export const ARABIC = { familyName: 'حداد', givenNames: 'رامي' } as const;

export async function arabicCase(bench: DocumentsBench): Promise<{ id: string; code: string }> {
  return bench.call('cases:create', { fields: caseFields({ ...ARABIC, gender: 'male' }) });
}
