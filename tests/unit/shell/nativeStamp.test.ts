import { describe, expect, test } from 'vitest';
import { STAMP_FIELDS, createStamp, stampMismatch } from '../../../scripts/lib/nativeStamp.mjs';

/** The stamp of the Electron-ABI SQLite binding decides whether `npm start` and packaging rebuild it. */
const CURRENT = {
  module: 'better-sqlite3-multiple-ciphers',
  moduleVersion: '12.11.1',
  electronVersion: '42.11.18',
  abi: '146',
  platform: 'linux',
  arch: 'x64',
};

describe('binding stamp', () => {
  test('a stamp written for this build is current, whichever way the binary was made', () => {
    expect(stampMismatch(createStamp(CURRENT, 'prebuilt'), CURRENT)).toBeNull();
    expect(createStamp(CURRENT, 'source')).toEqual({ ...CURRENT, source: 'source' });
    expect(STAMP_FIELDS).toContain('moduleVersion');
  });

  test.each([
    ['moduleVersion', '12.12.0'],
    ['electronVersion', '42.11.19'],
    ['abi', '148'],
    ['platform', 'win32'],
    ['arch', 'arm64'],
    ['module', 'better-sqlite3'],
  ])('another %s (%s) means a new binding: an upgrade never keeps a stale one', (field, value) => {
    const mismatch = stampMismatch(createStamp({ ...CURRENT, [field]: value }, 'prebuilt'), CURRENT);
    expect(mismatch).toContain(field);
    expect(mismatch).toContain(value);
  });

  test('an old stamp without the module version (written before it counted) is stale', () => {
    const { moduleVersion: _moduleVersion, ...old } = CURRENT;
    expect(stampMismatch(old, CURRENT)).toBe('moduleVersion: undefined ≠ "12.11.1"');
    expect(stampMismatch(null, CURRENT)).toMatch(/^stamp/);
  });
});
