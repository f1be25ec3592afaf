import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString, StandardFonts, type PDFDict } from 'pdf-lib';
import sharp from 'sharp';
import type { DocumentDetails } from '../../../src/shared/documents/domain';
import { caseFields } from './caseFixtures';
import { createTestBench, setUpVault, type TestBench } from './testCore';

/** A bench whose open and save dialogs answer what the test sets, with one case of the counsellor. */
export interface DocumentsBench extends TestBench {
  recoveryKey: string;
  caseId: string;
  caseCode: string;
  /** Where the test puts the files it "chooses" in the open dialog. */
  sourceDir: string;
  setOpenFiles(files: string[] | null): void;
  setSavePath(path: string | null): void;
  /** What the folder dialog answers (backups). */
  setFolder(path: string | null): void;
  /** Writes a file into the source folder and returns its path. */
  source(name: string, bytes: Uint8Array): string;
}

export async function documentsBench(): Promise<DocumentsBench> {
  let openFiles: string[] | null = null;
  let savePath: string | null = null;
  let folder: string | null = null;
  const base = createTestBench({
    ports: {
      chooseOpenFiles: async () => openFiles,
      chooseSaveFile: async () => savePath,
      chooseFolder: async () => folder,
    },
  });
  const { recoveryKey } = await setUpVault(base);
  const { id, code } = await base.call('cases:create', { fields: caseFields() });
  const sourceDir = join(base.root, 'Quelle');
  mkdirSync(sourceDir, { recursive: true });
  return Object.assign(base, {
    recoveryKey,
    caseId: id,
    caseCode: code,
    sourceDir,
    setOpenFiles: (files: string[] | null) => void (openFiles = files),
    setSavePath: (path: string | null) => void (savePath = path),
    setFolder: (path: string | null) => void (folder = path),
    source: (name: string, bytes: Uint8Array) => {
      const file = join(sourceDir, name);
      writeFileSync(file, bytes);
      return file;
    },
  });
}

export function details(overrides: Partial<DocumentDetails> = {}): DocumentDetails {
  return { kind: 'notice', date: '2026-11-02', note: '', link: null, ...overrides };
}

/**
 * A PDF with `pages` pages; `marker` goes into the info dictionary as a literal string, without
 * object streams, so it stands in the raw bytes for scans. `javaScript` adds a document-level script.
 */
export async function samplePdf(options: { pages?: number; marker?: string; javaScript?: boolean; padding?: number } = {}) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= (options.pages ?? 1); page += 1) {
    pdf.addPage([595, 842]).drawText(`Seite ${page}`, { x: 50, y: 780, size: 24, font });
  }
  // A literal string in the (uncompressed) info dictionary: the marker stands in the raw bytes.
  if (options.marker) infoOf(pdf).set(PDFName.of('Marker'), PDFString.of(options.marker));
  if (options.padding) infoOf(pdf).set(PDFName.of('Padding'), PDFString.of(randomBytes(options.padding / 2).toString('hex')));
  if (options.javaScript) pdf.addJavaScript('hello', 'app.alert("Hallo");');
  // Object streams (compressed) only where the script check must look inside them.
  return Buffer.from(await pdf.save({ useObjectStreams: Boolean(options.javaScript) }));
}

/** A JPEG photo with EXIF (camera, GPS position) as a phone would write it. */
export async function photoWithLocation(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#336699' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Telefon', Model: 'Kamera 12' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 1/1 42/1', GPSLongitudeRef: 'E', GPSLongitude: '6/1 59/1 24/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** A PNG that claims 100,000 × 100,000 pixels in a few bytes: an image bomb. */
export function pngBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(100_000, 0);
  header.writeUInt32BE(100_000, 4);
  header.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** pdf-lib keeps the info dictionary accessor private; literal strings in it stay uncompressed. */
function infoOf(pdf: PDFDocument): PDFDict {
  return (pdf as unknown as { getInfoDict(): PDFDict }).getInfoDict();
}
