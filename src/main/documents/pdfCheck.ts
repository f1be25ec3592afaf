import { inflateSync } from 'node:zlib';

/**
 * Two checks a PDF must pass before it is kept. They read the bytes as they are (no PDF library
 * holds a second copy of a 50 MB file):
 * - complete: `%%EOF` within the last KiB — a truncated download or a scan cut short lacks it;
 * - no JavaScript: no name `/JS` or `/JavaScript` in any object, also not inside compressed
 *   object streams and not spelt with `#xx` escapes (`/J#53`). Stream contents other than object
 *   streams are skipped: page content is binary and would give false alarms.
 */
export type PdfProblem = 'truncated' | 'javaScript' | 'damaged';

const EOF_MARK = Buffer.from('%%EOF');
const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
const OBJ = Buffer.from(' obj');
/** An object stream inflated beyond this is treated as damaged (a decompression bomb). */
const MAX_OBJECT_STREAM = 64 * 1024 * 1024;

const DELIMITERS = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

function isHex(byte: number): boolean {
  return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66);
}

/** The PDF name starting after the slash at `start`, with `#xx` escapes decoded. */
function readName(bytes: Uint8Array, start: number, end: number): { name: string; next: number } {
  let name = '';
  let index = start;
  while (index < end && !DELIMITERS.has(bytes[index] ?? 0) && name.length < 40) {
    const byte = bytes[index] ?? 0;
    if (byte === 0x23 && index + 2 < end && isHex(bytes[index + 1] ?? 0) && isHex(bytes[index + 2] ?? 0)) {
      name += String.fromCharCode(parseInt(String.fromCharCode(bytes[index + 1] ?? 0, bytes[index + 2] ?? 0), 16));
      index += 3;
    } else {
      name += String.fromCharCode(byte);
      index += 1;
    }
  }
  return { name, next: index };
}

function isStreamKeyword(bytes: Buffer, index: number): boolean {
  if (!bytes.subarray(index, index + STREAM.length).equals(STREAM)) return false;
  const before = bytes[index - 1];
  const after = bytes[index + STREAM.length];
  // `endstream` is not a stream start; `stream` is followed by an end of line.
  return before !== 0x64 && (after === 0x0a || after === 0x0d);
}

/** The first `stream` keyword at or after `from` that starts a stream (not `endstream`, not in a word), or -1. */
function nextStreamKeyword(bytes: Buffer, from: number): number {
  let at = bytes.indexOf(STREAM, from);
  while (at >= 0 && !isStreamKeyword(bytes, at)) at = bytes.indexOf(STREAM, at + 1);
  return at;
}

/**
 * Scans one region of PDF syntax (the file, or an inflated object stream) for script names. Only a
 * slash (a name) or a `stream` keyword changes anything, so the scan jumps from one to the next
 * with `indexOf` (native, as fast as memchr) instead of looking at every byte in JavaScript: a
 * 20 MB file costs a few milliseconds, not 50. The positions visited are exactly those a
 * byte-by-byte walk would act on; a position inside a skipped name or stream is never looked at.
 */
function scanRegion(bytes: Buffer, nested: boolean): PdfProblem | null {
  const end = bytes.length;
  let index = 0;
  // The next slash and the next stream keyword at or after `index`; -1 when there is none.
  let slash = -2;
  let stream = -2;
  while (index < end) {
    if (slash !== -1 && slash < index) slash = bytes.indexOf(0x2f, index);
    if (!nested && stream !== -1 && stream < index) stream = nextStreamKeyword(bytes, index);
    const atSlash = slash >= 0 && (nested || stream < 0 || slash < stream);
    if (atSlash) {
      const { name, next } = readName(bytes, slash + 1, end);
      if (name === 'JS' || name === 'JavaScript') return 'javaScript';
      index = Math.max(next, slash + 1);
      continue;
    }
    if (nested || stream < 0) return null;
    const keyword = stream;
    const dataStart = keyword + STREAM.length + (bytes[keyword + STREAM.length] === 0x0d && bytes[keyword + 7] === 0x0a ? 2 : 1);
    const dataEnd = bytes.indexOf(END_STREAM, dataStart);
    if (dataEnd < 0) return 'truncated';
    const objectStart = bytes.lastIndexOf(OBJ, keyword);
    const dictionary = bytes.subarray(Math.max(0, objectStart), keyword).toString('latin1');
    if (/\/Type\s*\/ObjStm/.test(dictionary)) {
      if (!/\/FlateDecode/.test(dictionary)) return 'damaged';
      let inflated: Buffer;
      try {
        inflated = inflateSync(bytes.subarray(dataStart, dataEnd), { maxOutputLength: MAX_OBJECT_STREAM });
      } catch {
        return 'damaged';
      }
      const found = scanRegion(inflated, true);
      if (found) return found;
    }
    index = dataEnd + END_STREAM.length;
  }
  return null;
}

export function checkPdf(bytes: Uint8Array): PdfProblem | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tail = buffer.subarray(Math.max(0, buffer.length - 1024));
  if (!tail.includes(EOF_MARK)) return 'truncated';
  return scanRegion(buffer, false);
}
