import { z } from 'zod';
import { todayIn, type IsoDate } from '@shared/kernel/dates';
import { AppError } from '../kernel/errors';
import type { VaultDatabase } from '../kernel/db/database';
import type { VaultService } from '../vault/vaultService';

/**
 * What every service of the case notebook needs: the clock, one transaction per use case (so a
 * change is never stored without its access-log entry) and the few facts of a case other rules
 * depend on.
 */
export class VaultWork {
  constructor(
    readonly vault: VaultService,
    private readonly now: () => Date,
  ) {}

  today(): IsoDate {
    return todayIn(this.now());
  }

  at(): string {
    return this.now().toISOString();
  }

  transaction<T>(work: (db: VaultDatabase) => T): T {
    const { db } = this.vault.requireOpen();
    return db.transaction(() => work(db))();
  }

  requireCaseHead(db: VaultDatabase, caseId: string): CaseHead {
    const row = db.prepare('SELECT id, code, intake_date AS intakeDate, closed_on AS closedOn FROM cases WHERE id = ?').get(caseId);
    if (!row) throw new AppError('NOT_FOUND');
    return caseHeadSchema.parse(row);
  }
}

const caseHeadSchema = z.object({ id: z.string(), code: z.string(), intakeDate: z.string(), closedOn: z.string().nullable() });
export type CaseHead = z.infer<typeof caseHeadSchema>;

/** A field error with the dotted path of the channel input (e.g. `goal.agreedOn`) and a message key. */
export function fieldError(path: string, messageKey: string): AppError {
  return new AppError('INVALID_INPUT', { fields: { [path]: messageKey } });
}
