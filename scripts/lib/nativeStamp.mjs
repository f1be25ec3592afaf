// The stamp next to build/electron-native/better_sqlite3.node says what the binding was made for.
// A binding is only reused when every field matches: another Electron (ABI), another OS or CPU, or
// another version of the SQLite module (new SQLite, new SQLite3MultipleCiphers) all need a new one.

export const STAMP_FIELDS = ['module', 'moduleVersion', 'electronVersion', 'abi', 'platform', 'arch'];

/**
 * @param {unknown} stamp the parsed stamp file
 * @param {Record<string, string>} expected the fields of STAMP_FIELDS for this build
 * @returns {string | null} the first field that does not match (with both values), or null when current
 */
export function stampMismatch(stamp, expected) {
  if (typeof stamp !== 'object' || stamp === null) return 'stamp: missing or not an object';
  for (const field of STAMP_FIELDS) {
    const found = /** @type {Record<string, unknown>} */ (stamp)[field];
    if (found !== expected[field]) return `${field}: ${JSON.stringify(found)} ≠ ${JSON.stringify(expected[field])}`;
  }
  return null;
}

/**
 * The stamp to write after a successful build.
 * @param {Record<string, string>} fields the fields of STAMP_FIELDS
 * @param {'prebuilt' | 'source'} source where the binary came from
 */
export function createStamp(fields, source) {
  const stamp = {};
  for (const field of STAMP_FIELDS) stamp[field] = fields[field];
  return { ...stamp, source };
}
