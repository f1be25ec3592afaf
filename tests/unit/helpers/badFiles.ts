import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Files an import must refuse, made in the tests: a zip bomb (a small .xlsx whose sheet expands to
 * hundreds of megabytes), Office compound files (encrypted workbook, old .xls), other formats.
 */

function u16(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16LE(value);
  return buffer;
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value >>> 0);
  return buffer;
}

/** A zip with the given entries, their data already deflated (method 8) and sizes as given. */
function zipOf(entries: { name: string; deflated: Buffer; size: number; crc: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const common = Buffer.concat([
      u16(20),
      u16(0),
      u16(8),
      u16(0),
      u16(0x21),
      u32(entry.crc),
      u32(entry.deflated.length),
      u32(entry.size),
      u16(name.length),
      u16(0),
    ]);
    const local = Buffer.concat([u32(0x04034b50), common, name, entry.deflated]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(central.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, central, end]);
}

function deflated(text: string) {
  const data = Buffer.from(text, 'utf8');
  return { deflated: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

/**
 * An .xlsx of a few hundred kilobytes whose sheet inflates to `megabytes` MB: one megabyte of the
 * same bytes deflated once (ending in a sync flush, so copies chain), repeated, then a final block.
 */
export function zipBomb(megabytes: number): Buffer {
  const block = Buffer.alloc(1024 * 1024, 0x20);
  const piece = deflateRawSync(block, { finishFlush: constants.Z_SYNC_FLUSH });
  const data = Buffer.concat([...Array.from({ length: megabytes }, () => piece), deflateRawSync(Buffer.alloc(0))]);
  let crc = 0;
  for (let index = 0; index < megabytes; index += 1) crc = crc32(block, crc);
  return zipOf([
    {
      name: '[Content_Types].xml',
      ...deflated('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    },
    { name: 'xl/workbook.xml', ...deflated('<workbook><sheets><sheet name="Tabelle1" sheetId="1" r:id="rId1"/></sheets></workbook>') },
    { name: 'xl/worksheets/sheet1.xml', deflated: data, size: megabytes * 1024 * 1024, crc },
  ]);
}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An OLE compound file naming the given streams (as Office writes them, in UTF-16). */
function compoundFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  CFB_MAGIC.copy(header);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  const directory = Buffer.alloc(512 * 3);
  streams.forEach((stream, index) => Buffer.from(stream, 'utf16le').copy(directory, index * 128));
  return Buffer.concat([header, directory]);
}

/** What Excel saves when a workbook is protected with a password ("Mit Kennwort verschlüsseln"). */
export function encryptedWorkbook(): Buffer {
  return compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);
}

/** An Excel 97–2003 workbook (.xls). */
export function legacyWorkbook(): Buffer {
  return compoundFile(['Root Entry', 'Workbook', '\u0005SummaryInformation']);
}

export function pdfBytes(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
}

export function pngBytes(): Buffer {
  return Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
}
