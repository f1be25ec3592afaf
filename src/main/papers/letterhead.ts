import type Sharp from 'sharp';
import type { Letterhead, LetterheadView } from '@shared/papers/domain';
import type { Letterhead as PolicyLetterhead } from '@shared/policy/domain';
import { AppError } from '../kernel/errors';
import type { VaultDatabase } from '../kernel/db/database';
import { readLetterheadRow } from './repository';

/**
 * The office letterhead, set once by the supervisor. Every paper reads it through
 * `effectiveLetterhead`, the one place where the machine policy (issue/it: `letterhead` pinned by
 * the municipality's IT) can override the stored fields later without touching the papers.
 */
export interface EffectiveLetterhead {
  letterhead: Letterhead;
  logo: Uint8Array | null;
  pinned: (keyof Letterhead)[];
}

/** The letterhead the machine policy sets (its fields win over the stored ones), or null. */
export type { PolicyLetterhead };

export function effectiveLetterhead(db: VaultDatabase, policy: PolicyLetterhead | null): EffectiveLetterhead {
  const stored = readLetterheadRow(db);
  if (!policy) return { letterhead: stored.letterhead, logo: stored.logo, pinned: [] };
  const letterhead: Letterhead = {
    organisation: policy.organisation,
    addressLines: policy.addressLines ?? stored.letterhead.addressLines,
    contact: policy.contact ?? stored.letterhead.contact,
    signatureBlock: policy.signatureBlock ?? stored.letterhead.signatureBlock,
  };
  const pinned = (['organisation', 'addressLines', 'contact', 'signatureBlock'] as const).filter((field) => policy[field] !== undefined);
  return { letterhead, logo: stored.logo, pinned };
}

/** PNG width and height from its header (IHDR), without decoding the image. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function letterheadView(current: EffectiveLetterhead): LetterheadView {
  const logo = current.logo
    ? { dataUrl: `data:image/png;base64,${Buffer.from(current.logo).toString('base64')}`, ...pngSize(current.logo) }
    : null;
  return { ...current.letterhead, logo, pinned: current.pinned };
}

/** The largest logo kept (pixels per side); a letterhead prints it about 4 cm wide. */
const LOGO_BOX = { width: 1200, height: 600 } as const;
const MAX_LOGO_FILE = 5 * 1024 * 1024;
const MAX_LOGO_PIXELS = 40_000_000;

type SharpModule = typeof Sharp;
let sharpModule: SharpModule | undefined;

/** sharp (native libvips) loads on first use; libvips keeps every image we accept in memory. */
async function loadSharp(): Promise<SharpModule> {
  if (sharpModule) return sharpModule;
  process.env.VIPS_DISC_THRESHOLD ??= '1g';
  const loaded = (await import('sharp')).default;
  loaded.cache(false);
  sharpModule = loaded;
  return loaded;
}

/**
 * A logo as the letterhead keeps it: PNG or JPEG in, PNG out (transparency kept), re-encoded so no
 * metadata and nothing but pixels survive, and no larger than the letterhead needs.
 */
export async function cleanLogo(bytes: Uint8Array): Promise<Uint8Array> {
  const isPng = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (!isPng && !isJpeg) throw new AppError('INVALID_INPUT', { messageKey: 'papers.error.logoType' });
  if (bytes.length > MAX_LOGO_FILE) throw new AppError('INVALID_INPUT', { messageKey: 'papers.error.logoTooLarge' });
  const sharp = await loadSharp();
  try {
    const metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
    if ((metadata.width ?? 0) * (metadata.height ?? 0) > MAX_LOGO_PIXELS)
      throw new AppError('INVALID_INPUT', { messageKey: 'papers.error.logoTooLarge' });
    return await sharp(bytes, { limitInputPixels: MAX_LOGO_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ ...LOGO_BOX, fit: 'inside', withoutEnlargement: true })
      .png()
      .toBuffer();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('INVALID_INPUT', { messageKey: 'papers.error.logoDamaged' });
  }
}
