import PizZip from 'pizzip';
import Docxtemplater from 'docxtemplater';
import { PLACEHOLDERS, placeholderSpec, type TemplatePart, type TemplateProblem } from '@shared/papers/placeholders';
import { docxParagraphs } from './docxText';

/**
 * The checks an own DOCX template passes before it is kept (issue 12: a template cannot run code,
 * load remote content or read outside its placeholders). Refused: a file that is not a DOCX or too
 * large when unpacked; macros (vbaProject), ActiveX controls, embedded OLE objects and packages,
 * altChunk imports; relationships to anything outside the file except plain hyperlinks (linked
 * images, attached templates, frames, subdocuments); fields other than page numbers, dates,
 * cross-references and hyperlinks (INCLUDEPICTURE, INCLUDETEXT, LINK, DDE, MERGEFIELD …); any
 * placeholder Fallbuch does not know, with its name and paragraph; broken placeholder syntax.
 */

export const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 60 * 1024 * 1024;
const MAX_ENTRIES = 2000;
const ALLOWED_FIELDS = new Set([
  'PAGE',
  'NUMPAGES',
  'SECTIONPAGES',
  'SECTION',
  'DATE',
  'TIME',
  'CREATEDATE',
  'SAVEDATE',
  'PRINTDATE',
  'HYPERLINK',
  'REF',
  'PAGEREF',
  'NOTEREF',
  'SEQ',
  'TOC',
  'STYLEREF',
]);

/** The parts docxtemplater fills, with the part kind a problem names. */
export function templatedParts(zip: PizZip): { path: string; part: TemplatePart }[] {
  return Object.keys(zip.files)
    .map((path) => {
      if (path === 'word/document.xml') return { path, part: 'body' as const };
      if (/^word\/header\d*\.xml$/.test(path)) return { path, part: 'header' as const };
      if (/^word\/footer\d*\.xml$/.test(path)) return { path, part: 'footer' as const };
      if (path === 'word/footnotes.xml') return { path, part: 'footnotes' as const };
      if (path === 'word/endnotes.xml') return { path, part: 'endnotes' as const };
      return null;
    })
    .filter((entry): entry is { path: string; part: TemplatePart } => entry !== null);
}

function problem(
  kind: TemplateProblem['kind'],
  name: string | null = null,
  part: TemplatePart | null = null,
  paragraph: number | null = null,
) {
  return { kind, name, part, paragraph };
}

function unpackedSize(zip: PizZip): number {
  return Object.values(zip.files).reduce((sum, file) => {
    const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    return sum + size;
  }, 0);
}

function packageProblems(zip: PizZip): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const names = Object.keys(zip.files);
  const contentTypes = zip.file('[Content_Types].xml')?.asText() ?? '';
  if (names.some((name) => /vba(Project|Data)|\.bin$/i.test(name)) || /macroEnabled|vbaProject/i.test(contentTypes))
    problems.push(problem('macros'));
  const active = names.find((name) => /^word\/(activeX|embeddings)\//i.test(name));
  if (active) problems.push(problem('activeContent', active.split('/').at(-1) ?? active));
  for (const name of names.filter((entry) => entry.endsWith('.rels'))) {
    const rels = zip.file(name)?.asText() ?? '';
    for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const tag = match[0];
      const type = /\bType="([^"]*)"/.exec(tag)?.[1]?.split('/').at(-1) ?? '';
      if (/^(aFChunk|oleObject|package|control|activeXControl|activeXControlBinary)$/i.test(type))
        problems.push(problem('activeContent', type));
      else if (/\bTargetMode="External"/.test(tag) && type !== 'hyperlink') problems.push(problem('remoteContent', type));
    }
  }
  return problems;
}

const SEPARATED = '\u0000';

/** Fields (Word's `{ INCLUDEPICTURE … }`) by their instruction word, with the paragraph they stand in. */
function fieldProblems(xml: string, part: TemplatePart): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const pending: string[] = [];
  let paragraph = 0;
  const check = (instruction: string) => {
    const word = instruction.trim().split(/\s+/)[0]?.toUpperCase() ?? '';
    if (word !== '' && !ALLOWED_FIELDS.has(word)) problems.push(problem('fields', word, part, paragraph));
  };
  const pattern =
    /<w:p[\s>/]|<w:fldSimple\b[^>]*\bw:instr="([^"]*)"|<w:fldChar\b[^>]*\bw:fldCharType="(begin|separate|end)"|<w:instrText\b[^>]*>([^<]*)<\/w:instrText>/g;
  for (const match of xml.matchAll(pattern)) {
    if (match[0].startsWith('<w:p')) paragraph += 1;
    else if (match[1] !== undefined) check(match[1]);
    else if (match[2] === 'begin') pending.push('');
    else if (match[2] !== undefined) {
      const instruction = pending.pop();
      if (instruction !== undefined && instruction !== SEPARATED) check(instruction);
      // After `separate` comes the field's last result (text, not an instruction) until `end`.
      if (match[2] === 'separate') pending.push(SEPARATED);
    } else if (match[3] !== undefined && pending.length > 0 && pending.at(-1) !== SEPARATED) {
      pending[pending.length - 1] += match[3];
    }
  }
  return problems;
}

/** Placeholders `{…}` paragraph by paragraph: known names, loops opened and closed in order, loop fields inside their loop. */
function placeholderProblems(xml: string, part: TemplatePart, used: Set<string>): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const loops: { name: string; fields: readonly string[] }[] = [];
  let lastParagraph: number | null = null;
  for (const paragraph of docxParagraphs(xml)) {
    lastParagraph = paragraph.index;
    for (const match of paragraph.text.matchAll(/\{([^{}]*)\}/g)) {
      const raw = (match[1] ?? '').trim();
      const at = (kind: TemplateProblem['kind'], name: string) => problems.push(problem(kind, name, part, paragraph.index));
      if (raw.startsWith('#') || raw.startsWith('^')) {
        const name = raw.slice(1).trim();
        const spec = placeholderSpec(name);
        if (!spec) at('unknownPlaceholder', name);
        else if (!spec.fields) at('misplacedField', name);
        else used.add(name);
        loops.push({ name, fields: spec?.fields ?? [] });
      } else if (raw.startsWith('/')) {
        const name = raw.slice(1).trim();
        if (loops.at(-1)?.name !== name) at('syntax', `/${name}`);
        else loops.pop();
      } else {
        const loop = loops.at(-1);
        if (loop?.fields.includes(raw)) continue;
        const spec = placeholderSpec(raw);
        if (spec && !spec.fields) used.add(raw);
        else if (spec || PLACEHOLDERS.some((entry) => entry.fields?.includes(raw))) at('misplacedField', raw);
        else at('unknownPlaceholder', raw);
      }
    }
    const stray = paragraph.text.replace(/\{[^{}]*\}/g, '');
    if (/[{}]/.test(stray)) problems.push(problem('syntax', stray.includes('{') ? '{' : '}', part, paragraph.index));
  }
  for (const loop of loops) problems.push(problem('syntax', `#${loop.name}`, part, lastParagraph));
  return problems;
}

export type TemplateInspection = { ok: true; placeholders: string[] } | { ok: false; problems: TemplateProblem[] };

export function inspectTemplate(bytes: Uint8Array): TemplateInspection {
  if (bytes.length > MAX_TEMPLATE_BYTES) return { ok: false, problems: [problem('tooLarge')] };
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    return { ok: false, problems: [problem('notDocx')] };
  }
  if (!zip.file('word/document.xml') || !zip.file('[Content_Types].xml')) return { ok: false, problems: [problem('notDocx')] };
  if (Object.keys(zip.files).length > MAX_ENTRIES || unpackedSize(zip) > MAX_UNPACKED_BYTES)
    return { ok: false, problems: [problem('tooLarge')] };
  const problems = packageProblems(zip);
  const used = new Set<string>();
  for (const { path, part } of templatedParts(zip)) {
    const xml = zip.file(path)?.asText() ?? '';
    if (/<w:object\b|<o:OLEObject\b|<w:control\b|<w:altChunk\b/.test(xml)) problems.push(problem('activeContent', null, part));
    problems.push(...fieldProblems(xml, part), ...placeholderProblems(xml, part, used));
  }
  if (problems.length === 0) {
    try {
      // docxtemplater's own reading (tags split over runs, loops over paragraphs) must agree.
      new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true, errorLogging: false });
    } catch (error) {
      const errors = (error as { properties?: { errors?: { properties?: { xtag?: string; file?: string } }[] } }).properties?.errors ?? [];
      for (const each of errors.length > 0 ? errors : [{}]) {
        const file = each.properties?.file ?? null;
        const part = templatedParts(zip).find((entry) => entry.path === file)?.part ?? null;
        problems.push(problem('syntax', each.properties?.xtag ?? null, part));
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, placeholders: [...used].sort() };
}
