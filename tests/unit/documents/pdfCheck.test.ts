import { deflateSync, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { checkPdf, type PdfProblem } from '../../../src/main/documents/pdfCheck';
import { samplePdf } from '../helpers/documentFixtures';

/**
 * The script check jumps from slash to slash and stream to stream with `indexOf`. The reference
 * below is the byte-by-byte walk it replaced (as it was, only condensed): on any input both must
 * give the same answer, so the faster scan refuses exactly what the slower one refused.
 */
const DELIMITERS = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const isHex = (byte: number) => (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66);

function referenceName(bytes: Buffer, start: number): { name: string; next: number } {
  let name = '';
  let index = start;
  while (index < bytes.length && !DELIMITERS.has(bytes[index] ?? 0) && name.length < 40) {
    const byte = bytes[index] ?? 0;
    if (byte === 0x23 && index + 2 < bytes.length && isHex(bytes[index + 1] ?? 0) && isHex(bytes[index + 2] ?? 0)) {
      name += String.fromCharCode(parseInt(String.fromCharCode(bytes[index + 1] ?? 0, bytes[index + 2] ?? 0), 16));
      index += 3;
    } else {
      name += String.fromCharCode(byte);
      index += 1;
    }
  }
  return { name, next: index };
}

function referenceScan(bytes: Buffer, nested: boolean): PdfProblem | null {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index];
    if (byte === 0x2f) {
      const { name, next } = referenceName(bytes, index + 1);
      if (name === 'JS' || name === 'JavaScript') return 'javaScript';
      index = Math.max(next, index + 1);
      continue;
    }
    const after = bytes[index + 6];
    if (
      !nested &&
      byte === 0x73 &&
      bytes.subarray(index, index + 6).toString('latin1') === 'stream' &&
      bytes[index - 1] !== 0x64 &&
      (after === 0x0a || after === 0x0d)
    ) {
      const dataStart = index + 6 + (after === 0x0d && bytes[index + 7] === 0x0a ? 2 : 1);
      const dataEnd = bytes.indexOf('endstream', dataStart);
      if (dataEnd < 0) return 'truncated';
      const dictionary = bytes.subarray(Math.max(0, bytes.lastIndexOf(' obj', index)), index).toString('latin1');
      if (/\/Type\s*\/ObjStm/.test(dictionary)) {
        if (!/\/FlateDecode/.test(dictionary)) return 'damaged';
        let inflated: Buffer;
        try {
          inflated = inflateSync(bytes.subarray(dataStart, dataEnd), { maxOutputLength: 64 * 1024 * 1024 });
        } catch {
          return 'damaged';
        }
        const found = referenceScan(inflated, true);
        if (found) return found;
      }
      index = dataEnd + 9;
      continue;
    }
    index += 1;
  }
  return null;
}

function reference(bytes: Buffer): PdfProblem | null {
  return bytes.subarray(Math.max(0, bytes.length - 1024)).includes('%%EOF') ? referenceScan(bytes, false) : 'truncated';
}

/** Pieces of PDF syntax that matter to the check, and some that only look as if they did. */
const piece = fc.oneof(
  fc.constantFrom(
    '/JS',
    '/JavaScript',
    '/J#53',
    '/Java#53cript',
    '/JSX',
    '/Type /Page',
    '/',
    '//JS',
    'stream\n',
    'stream\r\n',
    'stream\r',
    'streams',
    'endstream',
    'endstream\n',
    ' obj',
    '1 0 obj <<',
    '>>',
    '(text /JS)',
    '%%EOF',
    ' ',
    '\n',
    '#',
    '#5',
  ),
  fc.string({ maxLength: 12 }),
  fc.uint8Array({ maxLength: 12 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

function objectStream(content: string, flate = true): string {
  const data = flate ? deflateSync(Buffer.from(content, 'latin1')).toString('latin1') : content;
  return `9 0 obj <</Type /ObjStm${flate ? ' /Filter /FlateDecode' : ''}>>\nstream\n${data}\nendstream\n`;
}

test('the indexOf scan refuses exactly what the byte-by-byte walk refused, on arbitrary PDF-like bytes', () => {
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 40 }),
      fc.option(fc.tuple(fc.array(piece, { maxLength: 12 }), fc.boolean()), { nil: null }),
      fc.boolean(),
      (pieces, nested, ending) => {
        const middle = nested ? objectStream(nested[0].join(''), nested[1]) : '';
        const half = Math.floor(pieces.length / 2);
        const text = `%PDF-1.7\n${pieces.slice(0, half).join('')}${middle}${pieces.slice(half).join('')}${ending ? '\n%%EOF\n' : ''}`;
        const bytes = Buffer.from(text, 'latin1');
        expect(checkPdf(bytes)).toBe(reference(bytes));
      },
    ),
    { numRuns: 3000 },
  );
});

test('real PDFs: a plain one passes, one with a script (in an object stream) and a cut one are refused, as before', async () => {
  const plain = await samplePdf({ pages: 3, padding: 200_000 });
  const scripted = await samplePdf({ javaScript: true });
  const cut = plain.subarray(0, Math.floor(plain.length * 0.6));
  for (const [bytes, expected] of [
    [plain, null],
    [scripted, 'javaScript'],
    [cut, 'truncated'],
  ] as const) {
    expect(checkPdf(bytes)).toBe(expected);
    expect(reference(bytes)).toBe(expected);
  }
});
