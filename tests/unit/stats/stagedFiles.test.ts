import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { nodeExportFileSystem, StagedFiles, type ExportFileSystem } from '../../../src/main/stats/stagedFiles';
import { writeAll } from '../../../src/main/stats/statsFiles';

/**
 * A statistics export writes several files at once. Whatever fails — the n-th file, the n-th
 * rename, or the log entry after everything is in place — the folder must end up as it was:
 * earlier files of the same name byte for byte, no new file, no temporary.
 */

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function newFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'fallbuch-staged-'));
  folders.push(folder);
  return folder;
}

const FILES = [
  { name: 'fallbuch-statistik_2026-Q3_bundnis.json', content: '{"neu": true}\n' },
  { name: 'fallbuch-statistik_2026-Q3_bundnis.csv', content: '\uFEFFneu;1\r\n' },
  { name: 'fallbuch-statistik_2026-Q3_bundnis.pdf', content: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 1, 2, 3]) },
];
/** The earlier export: the same names as the first and the last new file, plus an unrelated file. */
const EARLIER = new Map([
  ['fallbuch-statistik_2026-Q3_bundnis.json', Buffer.from('{"früher": "schon verschickt"}\n', 'utf8')],
  ['fallbuch-statistik_2026-Q3_bundnis.pdf', Buffer.from('%PDF-früher', 'utf8')],
  ['notiz.txt', Buffer.from('bleibt', 'utf8')],
]);

function folderWithEarlierExport(): string {
  const folder = newFolder();
  for (const [name, bytes] of EARLIER) writeFileSync(join(folder, name), bytes);
  return folder;
}

function contentOf(folder: string): Map<string, Buffer> {
  return new Map(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(join(folder, name))]),
  );
}

function expectUnchanged(folder: string): void {
  const now = contentOf(folder);
  expect([...now.keys()]).toEqual([...EARLIER.keys()].sort());
  for (const [name, bytes] of EARLIER) expect(now.get(name)!.equals(bytes), name).toBe(true);
}

/** The real file system, except that the n-th call of `operation` fails as a full disk would. */
function failingOn(operation: 'writeSynced' | 'rename' | 'keepCopy', n: number): ExportFileSystem {
  let calls = 0;
  const counted =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A): void => {
      calls += 1;
      if (calls === n) throw Object.assign(new Error('injected'), { code: 'ENOSPC' });
      action(...args);
    };
  const real = nodeExportFileSystem;
  if (operation === 'writeSynced') return { ...real, writeSynced: counted(real.writeSynced) };
  if (operation === 'rename') return { ...real, rename: counted(real.rename) };
  return { ...real, keepCopy: counted(real.keepCopy) };
}

describe('a multi-file export is all or nothing and never loses an existing file', () => {
  test.each([1, 2, 3])('the %i. file fails to write: the folder is as it was', (n) => {
    const folder = folderWithEarlierExport();
    const error: unknown = (() => {
      try {
        writeAll(folder, FILES, failingOn('writeSynced', n));
        return null;
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toMatchObject({ code: 'STORAGE_FULL' });
    expectUnchanged(folder);
  });

  test.each([1, 2, 3])('the %i. rename into place fails: earlier files are restored, new ones removed', (n) => {
    const folder = folderWithEarlierExport();
    expect(() => writeAll(folder, FILES, failingOn('rename', n))).toThrow();
    expectUnchanged(folder);
  });

  test.each([1, 2])('keeping the %i. earlier file aside fails: nothing is replaced', (n) => {
    const folder = folderWithEarlierExport();
    expect(() => writeAll(folder, FILES, failingOn('keepCopy', n))).toThrow();
    expectUnchanged(folder);
  });

  test('everything in place, then the log entry fails: rollback restores the earlier export', () => {
    const folder = folderWithEarlierExport();
    const staged = StagedFiles.stage(folder, FILES);
    staged.commit();
    expect(readFileSync(join(folder, FILES[0]!.name), 'utf8')).toBe('{"neu": true}\n');
    staged.rollback();
    expectUnchanged(folder);
  });

  test('a complete export replaces files of the same name and leaves only its own files behind', () => {
    const folder = folderWithEarlierExport();
    const written = writeAll(folder, FILES);
    expect(written.map((file) => file.fileName)).toEqual(FILES.map((file) => file.name));
    const now = contentOf(folder);
    expect([...now.keys()]).toEqual([...FILES.map((file) => file.name), 'notiz.txt'].sort());
    for (const file of FILES) expect(now.get(file.name)!.equals(Buffer.from(file.content))).toBe(true);
    expect(now.get('notiz.txt')!.equals(EARLIER.get('notiz.txt')!)).toBe(true);
  });
});
