import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { localStamp } from '@shared/kernel/dates';
import { DATABASE_FILE_NAME } from '../kernel/db/database';
import { LOCK_FILE_NAME } from '../kernel/db/vaultLock';
import { writeFileAtomic } from '../kernel/files';
import { KEYSLOT_FILE_NAME } from './keyslots';

/**
 * A damaged vault is never repaired, rewritten or deleted: its files are moved (renamed, so not a
 * byte changes) into a quarantine folder next to them, named with the date, together with the key
 * slots that open it. The vault folder is then free for restoring the newest backup, and IT or the
 * data-protection officer can still examine the damaged file with the recovery key.
 */
const QUARANTINE_PREFIX = 'Quarantaene-';
const QUARANTINE_PATTERN = /^Quarantaene-(\d{4}-\d{2}-\d{2})-(\d{2})(\d{2})(?:-\d+)?$/;
const NOTE_FILE_NAME = 'LIESMICH.txt';

/** Files an operating system may put into any folder; they do not make a folder "used". */
const IGNORABLE_FILES = new Set(['.DS_Store', 'desktop.ini', 'Thumbs.db']);
/** What a vault leaves behind that holds no data: the unlock throttle and the lock file. */
const LEFTOVER_FILES = new Set(['unlock-throttle.json', LOCK_FILE_NAME, `${LOCK_FILE_NAME}-journal`]);

/**
 * The entries that make a folder "used" for set-up and restore: everything except system files,
 * the harmless leftovers of a vault and its quarantine folders (so a damaged vault's folder can take
 * the restored backup).
 */
export function usedEntries(folder: string): string[] {
  return readdirSync(folder).filter(
    (entry) => !IGNORABLE_FILES.has(entry) && !LEFTOVER_FILES.has(entry) && !QUARANTINE_PATTERN.test(entry),
  );
}

export interface Quarantine {
  /** The quarantine folder's name (inside the vault folder). */
  folder: string;
  /** When it was put aside (ISO time, minutes). */
  at: string;
}

export function quarantineVault(vaultDir: string, now: Date): Quarantine {
  let folder = `${QUARANTINE_PREFIX}${localStamp(now)}`;
  for (let counter = 2; existsSync(join(vaultDir, folder)); counter += 1) folder = `${QUARANTINE_PREFIX}${localStamp(now)}-${counter}`;
  const target = join(vaultDir, folder);
  mkdirSync(target, { mode: 0o700 });
  for (const name of [DATABASE_FILE_NAME, `${DATABASE_FILE_NAME}-wal`, `${DATABASE_FILE_NAME}-shm`, KEYSLOT_FILE_NAME]) {
    if (existsSync(join(vaultDir, name))) renameSync(join(vaultDir, name), join(target, name));
  }
  writeFileAtomic(
    join(target, NOTE_FILE_NAME),
    [
      'Fallbuch hat diese Tresordatei beim Öffnen als beschädigt erkannt und unverändert hierher verschoben.',
      `Zeitpunkt: ${now.toISOString()}`,
      '',
      'fallbuch.db ist mit SQLCipher 4 verschlüsselt; keyslots.json enthält den Datenschlüssel, gesichert durch die Kennwörter',
      'und den Wiederherstellungsschlüssel. Wie sich die Datei mit dem Wiederherstellungsschlüssel öffnen lässt, beschreibt',
      'docs/vault-format.md. Bitte nichts in diesem Ordner ändern, solange die Daten gebraucht werden könnten.',
      '',
    ].join('\n'),
  );
  return { folder, at: now.toISOString() };
}

/** The newest quarantine folder of a vault folder, or null. */
export function findQuarantine(vaultDir: string): Quarantine | null {
  let entries: string[];
  try {
    entries = readdirSync(vaultDir);
  } catch {
    return null;
  }
  const folders = entries.filter((entry) => QUARANTINE_PATTERN.test(entry) && statSync(join(vaultDir, entry)).isDirectory()).sort();
  const newest = folders.at(-1);
  const match = newest ? QUARANTINE_PATTERN.exec(newest) : null;
  if (!newest || !match) return null;
  // The name holds the local time (stamp): read back as such.
  const [year = 0, month = 1, day = 1] = (match[1] ?? '').split('-').map(Number);
  return { folder: newest, at: new Date(year, month - 1, day, Number(match[2]), Number(match[3])).toISOString() };
}
