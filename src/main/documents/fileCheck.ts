import { unzipSync } from 'fflate';
import { MAX_DOCUMENT_BYTES, type DocumentView, type FileMessage } from '@shared/documents/domain';
import { checkPdf } from './pdfCheck';
import { cleanImage, convertHeic, MAX_IMAGE_PIXELS } from './imageCheck';

/**
 * What a file is, decided by its content (magic bytes via file-type), never by its name; what is
 * refused and why; and what is changed on the way in (photo metadata, HEIC → JPEG, a wrong
 * extension). Pure: no SQL, no files, nothing logged — the service stores what passes.
 */

export interface AcceptedFile {
  ok: true;
  bytes: Uint8Array;
  fileName: string;
  mediaType: string;
  view: DocumentView;
  metadataRemoved: boolean;
  convertedFrom: string | null;
  notices: FileMessage[];
}
export interface RefusedFile {
  ok: false;
  reason: FileMessage;
}
export type CheckedFile = AcceptedFile | RefusedFile;

const EXECUTABLES = new Set([
  'exe',
  'elf',
  'macho',
  'class',
  'wasm',
  'dex',
  'apk',
  'msi',
  'dmg',
  'deb',
  'rpm',
  'crx',
  'xpi',
  'jar',
  'lnk',
  'swf',
  'cfb',
]);
const ARCHIVES = new Set([
  'zip',
  'rar',
  '7z',
  'tar',
  'gz',
  'bz2',
  'xz',
  'zst',
  'lz',
  'lzh',
  'lz4',
  'cab',
  'arj',
  'cpio',
  'ar',
  'Z',
  'iso',
  'vhd',
  'vhdx',
]);
const MACRO_OFFICE = new Set(['docm', 'dotm', 'xlsm', 'xltm', 'pptm', 'potm', 'ppsm']);
/** Text-only scripts have no magic bytes: their name and a `#!` line give them away. */
const SCRIPT_EXTENSIONS = new Set(
  'js jse mjs cjs vbs vbe wsf wsh ws hta ps1 psm1 psd1 bat cmd com sh bash zsh py pyw pl rb php scr reg inf url scf msc cpl jar vb applescript command'.split(
    ' ',
  ),
);

/** The extensions a content type may carry; the first is the one a corrected name gets. */
const EXTENSIONS: Record<string, readonly string[]> = {
  pdf: ['pdf'],
  jpg: ['jpg', 'jpeg', 'jpe', 'jfif'],
  png: ['png'],
  heic: ['heic', 'heif'],
  docx: ['docx'],
  odt: ['odt'],
  xlsx: ['xlsx'],
};

const TYPE_LABEL: Record<string, string> = {
  pdf: 'documents.type.pdf',
  jpg: 'documents.type.jpeg',
  png: 'documents.type.png',
  heic: 'documents.type.heic',
  docx: 'documents.type.docx',
  odt: 'documents.type.odt',
  xlsx: 'documents.type.xlsx',
};

function refuse(key: string, params: Record<string, string | number> = {}): RefusedFile {
  return { ok: false, reason: { key: `documents.refused.${key}`, params } };
}

/** The last segment of what the user's system called the file (folders never reach the vault). */
export function plainFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are removed from names on purpose
  const last = (name.split(/[\\/]/).at(-1) ?? '').replace(/[\u0000-\u001f\u007f:*?"<>|]/g, '_').trim();
  return last.slice(0, 200) || 'Dokument';
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  // "Scan vom 3.5" has no extension; "scan.pdf" and "foto.jpeg" do.
  return /^[a-z0-9]{1,5}$/.test(ext) && /[a-z]/.test(ext) ? ext : '';
}

/** The name with an extension that fits the content; a notice when a wrong one was replaced. */
function fittingName(name: string, type: string, finalExt: string): { fileName: string; notice: FileMessage | null } {
  const ext = extensionOf(name);
  const allowed = EXTENSIONS[type] ?? [];
  const stem = ext ? name.slice(0, name.length - ext.length - 1) : name;
  if (ext && allowed.includes(ext) && finalExt === allowed[0]) return { fileName: name, notice: null };
  const fileName = `${stem}.${finalExt}`;
  // No extension, or a converted format (HEIC → JPEG), is not the user's mistake: no notice then.
  if (!ext || allowed.includes(ext)) return { fileName, notice: null };
  return {
    fileName,
    notice: { key: 'documents.notice.extensionCorrected', params: { from: ext, to: finalExt, type: TYPE_LABEL[type] ?? type } },
  };
}

function checkOffice(bytes: Uint8Array, type: 'docx' | 'odt' | 'xlsx'): RefusedFile | null {
  const names: string[] = [];
  try {
    // Lists the entries without inflating any of them (the filter declines every file).
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return refuse('officeDamaged', { type: type.toUpperCase() });
  }
  if (names.some((name) => /vbaProject\.bin$/i.test(name) || /^Basic\//.test(name))) return refuse('macro');
  const required = { docx: 'word/document.xml', xlsx: 'xl/workbook.xml', odt: 'content.xml' }[type];
  return names.includes(required) ? null : refuse('officeDamaged', { type: type.toUpperCase() });
}

/** Checks one file and prepares what is stored. `name` is what the user's system called it. */
export async function checkFile(name: string, bytes: Uint8Array): Promise<CheckedFile> {
  const fileName = plainFileName(name);
  if (bytes.byteLength === 0) return refuse('empty');
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) return refuse('tooLarge', { limit: MAX_DOCUMENT_BYTES / 1024 / 1024 });
  // file-type is ESM only; loaded on first use like the image libraries.
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(bytes);
  const ext = extensionOf(fileName);
  if (!detected) {
    const head = Buffer.from(bytes.subarray(0, 2)).toString('latin1');
    if (SCRIPT_EXTENSIONS.has(ext) || head === '#!') return refuse('script');
    return refuse('unsupported', { type: ext ? ext.toUpperCase() : '?' });
  }
  const type = detected.ext;
  if (EXECUTABLES.has(type)) return refuse('executable');
  if (ARCHIVES.has(type)) return refuse('archive', { type: type.toUpperCase() });
  if (MACRO_OFFICE.has(type)) return refuse('macro');

  const accepted = (
    stored: Uint8Array,
    finalExt: string,
    mediaType: string,
    view: DocumentView,
    extra: { metadataRemoved?: boolean; convertedFrom?: string } = {},
  ): AcceptedFile => {
    const named = fittingName(fileName, type, finalExt);
    const notices: FileMessage[] = [];
    if (named.notice) notices.push(named.notice);
    if (extra.convertedFrom) notices.push({ key: 'documents.notice.convertedFromHeic', params: {} });
    if (extra.metadataRemoved) notices.push({ key: 'documents.notice.metadataRemoved', params: {} });
    return {
      ok: true,
      bytes: stored,
      fileName: named.fileName,
      mediaType,
      view,
      metadataRemoved: extra.metadataRemoved ?? false,
      convertedFrom: extra.convertedFrom ?? null,
      notices,
    };
  };

  switch (type) {
    case 'pdf': {
      const problem = checkPdf(bytes);
      if (problem === 'truncated') return refuse('pdfTruncated');
      if (problem === 'javaScript') return refuse('pdfJavaScript');
      if (problem === 'damaged') return refuse('pdfDamaged');
      return accepted(bytes, 'pdf', 'application/pdf', 'pdf');
    }
    case 'jpg':
    case 'png':
    case 'heic': {
      const outcome = type === 'heic' ? await convertHeic(bytes) : await cleanImage(bytes, type === 'jpg' ? 'jpeg' : 'png');
      if (!outcome.ok) {
        if (outcome.problem === 'tooLarge') {
          return refuse('imageTooLarge', { megapixels: outcome.megapixels, limit: MAX_IMAGE_PIXELS / 1_000_000 });
        }
        return refuse(outcome.problem === 'heicUnreadable' ? 'heicUnreadable' : 'imageDamaged');
      }
      return accepted(outcome.bytes, outcome.ext, outcome.mediaType, 'image', {
        metadataRemoved: outcome.metadataRemoved,
        ...(type === 'heic' ? { convertedFrom: 'HEIC' } : {}),
      });
    }
    case 'docx':
    case 'odt':
    case 'xlsx': {
      const problem = checkOffice(bytes, type);
      return problem ?? accepted(bytes, type, detected.mime, null);
    }
    default:
      return refuse('unsupported', { type: type.toUpperCase() });
  }
}
