import type { Metadata, Sharp, SharpOptions } from 'sharp';

/**
 * Photos and scans are re-encoded before they are kept: that drops every piece of metadata (EXIF,
 * GPS location, camera serial, XMP, comments) — a phone photo of a Duldung carries where it was
 * taken. The orientation is applied to the pixels first, so the picture still stands upright.
 * HEIC/HEIF (iPhone) is decoded with heic-decode (libheif as WebAssembly; sharp's prebuilt libvips
 * has no HEVC decoder) and kept as JPEG, which the viewer can show.
 */

/** Largest image taken in: a 600 dpi A4 scan is about 35 MP, a 200 MP phone photo is refused. */
export const MAX_IMAGE_PIXELS = 120_000_000;

type SharpFactory = (input?: Uint8Array | Buffer, options?: SharpOptions) => Sharp;
let loaded: SharpFactory | undefined;

/**
 * sharp (native libvips) and heic-decode (a large WebAssembly bundle) load on first use: a core that
 * never takes in a photo never pays for them.
 */
async function loadSharp(): Promise<SharpFactory> {
  if (loaded) return loaded;
  // libvips decodes images above its "disc threshold" into a temporary file in the OS temp folder:
  // plaintext on disk. Every image we accept decodes below 1 GiB, so it stays in memory.
  process.env.VIPS_DISC_THRESHOLD ??= '1g';
  const sharp = (await import('sharp')).default;
  sharp.cache(false);
  loaded = sharp;
  return sharp;
}

export type ImageOutcome =
  | { ok: true; bytes: Buffer; mediaType: 'image/jpeg' | 'image/png'; ext: 'jpg' | 'png'; metadataRemoved: boolean }
  | { ok: false; problem: 'tooLarge'; megapixels: number }
  | { ok: false; problem: 'damaged' | 'heicUnreadable' };

function tooLarge(width: number, height: number): ImageOutcome | null {
  const pixels = width * height;
  return pixels > MAX_IMAGE_PIXELS ? { ok: false, problem: 'tooLarge', megapixels: Math.round(pixels / 1_000_000) } : null;
}

export async function cleanImage(bytes: Uint8Array, format: 'jpeg' | 'png'): Promise<ImageOutcome> {
  const sharp = await loadSharp();
  let metadata: Metadata;
  try {
    // Only the header is read here: an image bomb (tiny file, huge dimensions) stops before decoding.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const large = tooLarge(metadata.width ?? 0, metadata.height ?? 0);
  if (large) return large;
  const carried = Boolean(metadata.exif ?? metadata.xmp ?? metadata.iptc ?? metadata.icc) || (metadata.comments?.length ?? 0) > 0;
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' }).rotate();
    const output = format === 'jpeg' ? await image.jpeg({ quality: 92 }).toBuffer() : await image.png().toBuffer();
    return format === 'jpeg'
      ? { ok: true, bytes: output, mediaType: 'image/jpeg', ext: 'jpg', metadataRemoved: carried }
      : { ok: true, bytes: output, mediaType: 'image/png', ext: 'png', metadataRemoved: carried };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}

export async function convertHeic(bytes: Uint8Array): Promise<ImageOutcome> {
  const sharp = await loadSharp();
  const decodeHeic = (await import('heic-decode')).default;
  let images: Awaited<ReturnType<typeof decodeHeic.all>>;
  try {
    images = await decodeHeic.all({ buffer: bytes });
  } catch {
    return { ok: false, problem: 'heicUnreadable' };
  }
  try {
    const first = images[0];
    if (!first) return { ok: false, problem: 'heicUnreadable' };
    const large = tooLarge(first.width, first.height);
    if (large) return large;
    const { width, height, data } = await first.decode();
    const output = await sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { raw: { width, height, channels: 4 } })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 92 })
      .toBuffer();
    return { ok: true, bytes: output, mediaType: 'image/jpeg', ext: 'jpg', metadataRemoved: true };
  } catch {
    return { ok: false, problem: 'heicUnreadable' };
  } finally {
    images.dispose();
  }
}
