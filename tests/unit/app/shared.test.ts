import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { de } from '../../../src/shared/i18n/de';
import { en } from '../../../src/shared/i18n/en';
import { translate } from '../../../src/shared/i18n';
import { ratePassphrase } from '../../../src/shared/kernel/passphrase';
import { decodeBase32, encodeBase32, formatRecoveryKey, parseRecoveryKey } from '../../../src/main/vault/recoveryKey';

describe('i18n', () => {
  test('English has exactly the German keys and the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(placeholders(en[key]), key).toEqual(placeholders(de[key]));
    }
  });

  test('translate fills placeholders with localised numbers and never shows raw keys', () => {
    expect(translate('de', 'error.THROTTLED', { seconds: 1024 })).toContain('1.024 Sekunden');
    expect(translate('en', 'error.THROTTLED', { seconds: 1024 })).toContain('1,024 seconds');
    expect(translate('de', 'no.such.key')).toBe(de['validation.invalid']);
  });
});

describe('recovery key', () => {
  test('Base32 round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 64 }), (bytes) => {
        const decoded = decodeBase32(encodeBase32(bytes));
        expect(decoded?.subarray(0, bytes.length)).toEqual(Buffer.from(bytes));
      }),
    );
  });

  test('a 256-bit key prints as 13 groups and parses back from what people type', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const printed = formatRecoveryKey(bytes);
        expect(printed).toMatch(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/);
        const typed = printed.toLowerCase().replace(/-/g, '  ').replace(/o/g, '0').replace(/i/g, '1');
        expect(parseRecoveryKey(typed)).toEqual(Buffer.from(bytes));
      }),
    );
  });

  test('wrong lengths and foreign characters are a format error', () => {
    expect(() => parseRecoveryKey('ABCD')).toThrow('WRONG_RECOVERY_KEY');
    expect(() => parseRecoveryKey('!'.repeat(52))).toThrow('WRONG_RECOVERY_KEY');
  });
});

test('passphrase hint: below 12 characters is too short, length and variety make it strong', () => {
  expect(ratePassphrase('kurz')).toBe('tooShort');
  expect(ratePassphrase('aaaaaaaaaaaaaaaa')).toBe('weak');
  expect(ratePassphrase('abcdefghijkl')).toBe('weak');
  expect(ratePassphrase('Sonnenblume-42')).toBe('fair');
  expect(ratePassphrase('Drei Hunde laufen 2026 am Rhein!')).toBe('strong');
});
