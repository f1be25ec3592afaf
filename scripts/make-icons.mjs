#!/usr/bin/env node
// Renders resources/icon.svg into the icons electron-builder ships: resources/icon.png (512 px, Linux
// and the window icon of unpackaged runs) and resources/icon.ico (16–256 px, Windows). The results
// are committed; run this again only after changing the SVG.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const resources = path.resolve(import.meta.dirname, '..', 'resources');
const svg = await readFile(path.join(resources, 'icon.svg'));
const png = (size) => sharp(svg, { density: 384 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();

await writeFile(path.join(resources, 'icon.png'), await png(512));

// ICO with PNG entries (Windows Vista and later read them); electron-builder wants 256 px in it.
const sizes = [16, 24, 32, 48, 64, 128, 256];
const images = await Promise.all(sizes.map(png));
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(sizes.length, 4);
const entries = [];
let offset = 6 + 16 * sizes.length;
sizes.forEach((size, index) => {
  const entry = Buffer.alloc(16);
  entry.writeUInt8(size >= 256 ? 0 : size, 0);
  entry.writeUInt8(size >= 256 ? 0 : size, 1);
  entry.writeUInt16LE(1, 4);
  entry.writeUInt16LE(32, 6);
  entry.writeUInt32LE(images[index].length, 8);
  entry.writeUInt32LE(offset, 12);
  offset += images[index].length;
  entries.push(entry);
});
await writeFile(path.join(resources, 'icon.ico'), Buffer.concat([header, ...entries, ...images]));
console.log('resources/icon.png, resources/icon.ico');
