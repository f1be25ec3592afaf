import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { encodeEntry, encodeFields, macOf, writeEntry } from '../../../src/main/session/log/chain';
import type { AuditRow } from '../../../src/main/session/log/repository';

/**
 * The entry encoding copies ASCII text byte by byte and leaves everything else to Buffer's UTF-8
 * encoder (issue 16: a native call per field cost ~0.5 µs per entry in the log check). The bytes
 * must be exactly the documented layout (docs/access-log.md), here built field by field with
 * `encodeFields`, for any text: umlauts, Arabic names, emoji, lone surrogates.
 */

const ENTRY_TAG = 'fallbuch-audit-entry-v1';

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('Jürgen Weiß', 'أحمد', '👩‍⚖️', '\ud800x'),
);
const rowArb: fc.Arbitrary<AuditRow> = fc.record({
  seq: fc.integer({ min: 1, max: 2 ** 40 }),
  at: text,
  userId: text,
  userName: text,
  role: text,
  action: text,
  object: fc.option(text, { nil: null }),
  reason: fc.option(text, { nil: null }),
  detailsHash: fc.option(text, { nil: null }),
  breakGlass: fc.constantFrom(0, 1),
  mac: fc.constant(null),
  item: fc.option(text, { nil: null }),
});

/** The fields in the order docs/access-log.md gives them; `item` only when set. */
const DOCUMENTED_ORDER = ['seq', 'at', 'userId', 'userName', 'role', 'action', 'object', 'reason', 'detailsHash', 'breakGlass'] as const;

function reference(row: AuditRow): Buffer {
  const valueOf = (field: (typeof DOCUMENTED_ORDER)[number]): string | null => {
    if (field === 'seq') return `${row.seq}`; // decimal digits
    if (field === 'breakGlass') return row.breakGlass === 1 ? '1' : '0';
    return row[field];
  };
  const fields = DOCUMENTED_ORDER.map(valueOf);
  return encodeFields(ENTRY_TAG, row.item === null ? fields : fields.concat(row.item));
}

test('any entry encodes to the documented bytes, and its MAC is HMAC-SHA256 over them', () => {
  fc.assert(
    fc.property(rowArb, (row) => {
      const expected = reference(row);
      expect(encodeEntry(row).equals(expected)).toBe(true);
      const key = Buffer.alloc(32, 7);
      const previous = Buffer.alloc(32, 9);
      expect(macOf(key, row, previous).equals(createHmac('sha256', key).update(expected).update(previous).digest())).toBe(true);
    }),
    { numRuns: 500 },
  );
});

test('a batch takes an entry only when it fits before the end given, and then byte for byte', () => {
  fc.assert(
    fc.property(rowArb, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 20 }), (row, room, offset) => {
      const expected = reference(row);
      const target = Buffer.alloc(offset + room + 16, 0xaa);
      const written = writeEntry(row, target, offset, offset + room);
      if (expected.length > room) {
        expect(written).toBe(-1);
        // Nothing written when it does not fit.
        expect(target.every((byte) => byte === 0xaa)).toBe(true);
      } else {
        expect(written).toBe(expected.length);
        expect(target.subarray(offset, offset + written).equals(expected)).toBe(true);
        expect(target.subarray(offset + written).every((byte) => byte === 0xaa)).toBe(true);
      }
    }),
    { numRuns: 500 },
  );
});
