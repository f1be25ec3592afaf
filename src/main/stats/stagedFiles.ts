import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { syncFile, syncFolder, writeNewFileSynced, type WrittenFile } from '../kernel/files';

/**
 * The file operations an export needs, so that tests can make the n-th one fail. Every path is in
 * the folder the user chose: nothing goes to a temporary location elsewhere.
 */
export interface ExportFileSystem {
  /** Creates `path` (which must not exist), writes all bytes and fsyncs them. */
  writeSynced(path: string, bytes: Uint8Array): void;
  /** Keeps the content of `from` under the new name `to` as well (a hard link, else a synced copy). */
  keepCopy(from: string, to: string): void;
  rename(from: string, to: string): void;
  remove(path: string): void;
  exists(path: string): boolean;
  syncFolder(folder: string): void;
}

export const nodeExportFileSystem: ExportFileSystem = {
  writeSynced: (path, bytes) => writeNewFileSynced(path, bytes),
  keepCopy(from, to) {
    try {
      linkSync(from, to);
    } catch {
      // FAT-formatted sticks and some network shares know no hard links.
      copyFileSync(from, to);
      syncFile(to);
    }
  },
  rename: (from, to) => renameSync(from, to),
  remove: (path) => rmSync(path, { force: true }),
  exists: (path) => existsSync(path),
  syncFolder: (folder) => syncFolder(folder),
};

interface StagedFile {
  target: string;
  temporary: string;
  /** Where the file that had the target's name waits until the export is complete. */
  backup: string | null;
  isInPlace: boolean;
}

/**
 * An export of several files that is written completely or not at all, and never costs an existing
 * file: every file is first written and fsynced as a hidden temporary sibling in the target folder;
 * only when all of them exist are files of the same name kept aside (hard link or copy) and the
 * temporaries renamed into place. Until `finish` (after the export is logged) `rollback` restores
 * the folder as it was: earlier files byte for byte, no new file, no temporary.
 */
export class StagedFiles {
  private constructor(
    private readonly folder: string,
    private readonly files: StagedFile[],
    readonly written: WrittenFile[],
    private readonly fs: ExportFileSystem,
  ) {}

  /** Writes the temporaries. On failure removes the ones written and rethrows the cause. */
  static stage(
    folder: string,
    files: readonly { name: string; content: string | Uint8Array }[],
    fs: ExportFileSystem = nodeExportFileSystem,
  ): StagedFiles {
    const tag = randomBytes(6).toString('hex');
    const staged: StagedFile[] = [];
    const written: WrittenFile[] = [];
    try {
      for (const file of files) {
        const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
        const entry = {
          target: join(folder, file.name),
          temporary: join(folder, `.${file.name}.${tag}.tmp`),
          backup: null,
          isInPlace: false,
        };
        staged.push(entry);
        fs.writeSynced(entry.temporary, bytes);
        written.push({ fileName: file.name, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
      }
    } catch (error) {
      for (const entry of staged) removeQuietly(fs, entry.temporary);
      throw error;
    }
    return new StagedFiles(folder, staged, written, fs);
  }

  /** Puts every file in place; on failure the folder is as it was and the cause is rethrown. */
  commit(): void {
    const tag = randomBytes(6).toString('hex');
    try {
      for (const entry of this.files) {
        if (!this.fs.exists(entry.target)) continue;
        const backup = `${entry.temporary.slice(0, -'.tmp'.length)}.${tag}.bak`;
        this.fs.keepCopy(entry.target, backup);
        entry.backup = backup;
      }
      for (const entry of this.files) {
        this.fs.rename(entry.temporary, entry.target);
        entry.isInPlace = true;
      }
      this.fs.syncFolder(this.folder);
    } catch (error) {
      this.rollback();
      throw error;
    }
  }

  /** Undoes `stage` and `commit`, whatever part of them happened; best effort, never throws. */
  rollback(): void {
    for (const entry of this.files) {
      removeQuietly(this.fs, entry.temporary);
      const backup = entry.backup;
      if (entry.isInPlace) {
        // Renaming the kept file back replaces the new one in one step. If even that fails, the
        // earlier file stays as the hidden backup: a stray file is better than a lost one.
        if (backup ? tryTo(() => this.fs.rename(backup, entry.target)) : tryTo(() => this.fs.remove(entry.target))) {
          entry.isInPlace = false;
          entry.backup = null;
        }
      } else if (backup) {
        // The target still holds the earlier file; the backup is a second name or copy of it.
        removeQuietly(this.fs, backup);
        entry.backup = null;
      }
    }
    tryTo(() => this.fs.syncFolder(this.folder));
  }

  /** The export is complete and logged: the files it replaced are no longer needed. */
  finish(): void {
    for (const entry of this.files) {
      if (entry.backup) removeQuietly(this.fs, entry.backup);
      entry.backup = null;
    }
  }
}

function tryTo(action: () => void): boolean {
  try {
    action();
    return true;
  } catch {
    return false;
  }
}

function removeQuietly(fs: ExportFileSystem, path: string): void {
  // Nothing more can be done; the error that caused the clean-up is reported instead.
  tryTo(() => fs.remove(path));
}
