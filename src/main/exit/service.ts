import { timingSafeEqual } from 'node:crypto';
import { EXPORT_CONFIRMATION_WORD } from '@shared/exit/contract';
import { todayIn } from '@shared/kernel/dates';
import { AppError } from '../kernel/errors';
import { writeExportFile } from '../kernel/files';
import type { CorePorts } from '../kernel/ports';
import { DATABASE_FILE_NAME } from '../kernel/db/database';
import { readSchemaVersion } from '../kernel/db/migrations';
import type { Session } from '../session/session';
import { checkRecoveryKey, findOwnSlot, openUserSlot, readSlots } from '../vault';
import { buildArchive, schemaOf, tableFiles, type ExitFile } from './archive';
import { listTables, tableRows } from './repository';

/**
 * A feature whose data is not (only) table rows adds its files here — documents as files, once the
 * documents feature exists. The contributor runs inside the export's read transaction.
 */
export interface ExitContributor {
  files(session: Session): Iterable<ExitFile>;
}

export interface ExitDependencies {
  ports: CorePorts;
  appVersion: string;
  /** The access log's verification (K_0 from the supervisor's keys); it logs itself. */
  verifyAccessLog: (session: Session) => Promise<{ intact: boolean }>;
  contributors: readonly ExitContributor[];
}

interface Credentials {
  passphrase: string;
  recoveryKey: string;
}

/**
 * The exit kit, supervisor only and each time with both credentials: the supervisor's own passphrase
 * must open their key slot to this vault's data key, and the recovery key must open the recovery
 * slot. Nothing is shown or written before both hold.
 */
export class ExitService {
  constructor(private readonly deps: ExitDependencies) {}

  private async checkCredentials(session: Session, credentials: Credentials): Promise<void> {
    const slots = readSlots(session.vaultDir);
    const key = await openUserSlot(slots.vaultId, findOwnSlot(slots, session.actor.userId), credentials.passphrase);
    const matches = key !== null && timingSafeEqual(key, session.dataKey);
    key?.fill(0);
    if (!matches) throw new AppError('WRONG_PASSPHRASE', { fields: { passphrase: 'error.WRONG_PASSPHRASE' } });
    try {
      checkRecoveryKey(session, credentials.recoveryKey);
    } catch (error) {
      if (error instanceof AppError && error.code === 'WRONG_RECOVERY_KEY') {
        throw new AppError('WRONG_RECOVERY_KEY', { messageKey: error.messageKey, fields: { recoveryKey: error.messageKey } });
      }
      throw error;
    }
  }

  async revealDataKey(
    session: Session,
    credentials: Credentials,
  ): Promise<{ dataKeyHex: string; pragmas: string[]; databaseFile: string; vaultId: string }> {
    await this.checkCredentials(session, credentials);
    const dataKeyHex = session.dataKey.toString('hex');
    session.transaction(() => session.record('exit.dataKeyRevealed'));
    return {
      dataKeyHex,
      // Key first, then the compatibility (the order of SQLCipher's own documentation).
      pragmas: [`PRAGMA key = "x'${dataKeyHex}'";`, 'PRAGMA cipher_compatibility = 4;', 'PRAGMA integrity_check;'],
      databaseFile: DATABASE_FILE_NAME,
      vaultId: session.vaultId,
    };
  }

  async export(
    session: Session,
    input: Credentials & { confirmation: string },
  ): Promise<
    | { cancelled: true }
    | {
        cancelled: false;
        fileName: string;
        sha256: string;
        bytes: number;
        tables: { name: string; rows: number }[];
        documents: number;
        logIntact: boolean;
      }
  > {
    if (input.confirmation.trim().toLocaleUpperCase('de') !== EXPORT_CONFIRMATION_WORD) {
      throw new AppError('CONFIRMATION_MISMATCH', {
        messageKey: 'exit.confirmationMismatch',
        fields: { confirmation: 'exit.confirmationMismatch' },
      });
    }
    await this.checkCredentials(session, input);
    const choose = this.deps.ports.chooseSaveFile;
    if (!choose) throw new AppError('INTERNAL');
    const createdAt = session.now();
    const path = await choose({ defaultName: `Fallbuch-Gesamtexport-${todayIn(createdAt)}.zip`, kind: 'zip' });
    if (path === null) return { cancelled: true };

    const verification = await this.deps.verifyAccessLog(session);
    // One read transaction: every table and every document from the same moment.
    const { archive, tables, documents } = session.transaction((db) => {
      const { tables: shapes, derived } = listTables(db);
      const files = shapes.map((shape) => tableFiles(shape, tableRows(db, shape, shapes)));
      const contributed = this.deps.contributors.flatMap((contributor) => [...contributor.files(session)]);
      return {
        archive: buildArchive({
          vaultId: session.vaultId,
          createdAt: createdAt.toISOString(),
          schemaVersion: readSchemaVersion(db),
          appVersion: this.deps.appVersion,
          tables: files,
          derived,
          verification,
          schema: schemaOf(shapes),
          contributed,
        }),
        tables: files.map((file) => ({ name: file.name, rows: file.rows })),
        documents: contributed.length,
      };
    });
    const written = writeExportFile(path, archive.zip);
    session.transaction(() =>
      session.record('exit.export', {
        details: { fileName: written.fileName, sha256: written.sha256, bytes: written.bytes, manifestSha256: archive.manifestSha256 },
      }),
    );
    return { cancelled: false, ...written, tables, documents, logIntact: verification.intact };
  }
}
