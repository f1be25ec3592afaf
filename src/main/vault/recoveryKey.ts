import { randomBytes } from 'node:crypto';
import { AppError } from '../kernel/errors';

/** RFC 4648 Base32: no 0/1/8/9, so a printed key is hard to misread. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const RECOVERY_KEY_BYTES = 32;
const GROUP = 4;
const ENCODED_LENGTH = Math.ceil((RECOVERY_KEY_BYTES * 8) / 5); // 52 characters = 13 groups

export function createRecoveryKey(): Buffer {
  return randomBytes(RECOVERY_KEY_BYTES);
}

export function encodeBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let output = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      output += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) output += ALPHABET[(value << (5 - bits)) & 31];
  return output;
}

export function decodeBase32(text: string): Buffer | null {
  let bits = 0;
  let value = 0;
  const output: number[] = [];
  for (const character of text) {
    const index = ALPHABET.indexOf(character);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      output.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(output);
}

/** `ABCD-EFGH-…`: 13 groups of four, as shown once at set-up and printed. */
export function formatRecoveryKey(key: Uint8Array): string {
  const encoded = encodeBase32(key);
  const groups: string[] = [];
  for (let index = 0; index < encoded.length; index += GROUP) groups.push(encoded.slice(index, index + GROUP));
  return groups.join('-');
}

/**
 * Accepts what people type from a printout: any case, spaces or dashes between groups, and the
 * digits 0/1/8 for the letters O/I/B they are mistaken for.
 */
export function parseRecoveryKey(text: string): Buffer {
  const normalised = text.toUpperCase().replace(/[\s-]/g, '').replace(/0/g, 'O').replace(/1/g, 'I').replace(/8/g, 'B');
  const decoded = normalised.length === ENCODED_LENGTH ? decodeBase32(normalised) : null;
  if (!decoded || decoded.length < RECOVERY_KEY_BYTES) {
    throw new AppError('WRONG_RECOVERY_KEY', { messageKey: 'error.RECOVERY_KEY_FORMAT' });
  }
  return decoded.subarray(0, RECOVERY_KEY_BYTES);
}
