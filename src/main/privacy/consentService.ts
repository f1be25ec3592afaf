import { randomUUID } from 'node:crypto';
import { CONSENT_EXPIRY_LEAD_DAYS, type ConsentInput, type ConsentRow, type ReleaseCheck } from '@shared/privacy/consent';
import { todayIn, type IsoDate } from '@shared/kernel/dates';
import { AppError } from '../kernel/errors';
import type { VaultDatabase } from '../kernel/db/database';
import type { VaultService } from '../vault/service';
import { requireCaseRef } from '../session/caseRef';
import * as repository from './consentRepository';
import { recordFieldChanges } from '../session/fieldHistory';

function fieldError(field: string, messageKey: string): AppError {
  return new AppError('INVALID_INPUT', { fields: { [field]: messageKey } });
}

/** Order of preference when several releases name the same recipient. */
const STATE_RANK: Record<ReleaseCheck['status'], number> = { valid: 0, notYetValid: 1, expired: 2, withdrawn: 3, none: 4 };

/**
 * Consents per case. Every read and change is logged with the case code inside its transaction;
 * changes keep their history (Art. 16) and keep the expiry deadline in step.
 */
export class ConsentService {
  constructor(
    private readonly vault: VaultService,
    private readonly now: () => Date,
  ) {}

  private today(): IsoDate {
    return todayIn(this.now());
  }

  private transaction<T>(work: (db: VaultDatabase) => T): T {
    const { db } = this.vault.requireOpen();
    return db.transaction(() => work(db))();
  }

  private checkInput(db: VaultDatabase, input: ConsentInput): void {
    if (input.givenOn > this.today()) throw fieldError('givenOn', 'validation.dateFuture');
    if (input.kind === 'release' && input.recipientPartnerId !== null && !repository.partnerExists(db, input.recipientPartnerId)) {
      throw fieldError('recipientPartnerId', 'validation.invalid');
    }
  }

  list(caseId: string): ConsentRow[] {
    const today = this.today();
    return this.transaction((db) => {
      const ref = requireCaseRef(db, caseId);
      this.vault.record('case.consents.view', { object: ref.code });
      return repository.listConsents(db, caseId).map((consent) => repository.withState(consent, today));
    });
  }

  record(caseId: string, input: ConsentInput): { id: string } {
    return this.transaction((db) => {
      const ref = requireCaseRef(db, caseId);
      this.checkInput(db, input);
      const id = randomUUID();
      const at = this.now().toISOString();
      repository.insertConsent(db, { id, caseId, input, createdBy: this.vault.requireOpen().actor.userId, at });
      repository.syncConsentDeadline(db, { id, caseId, validUntil: input.validUntil, withdrawnOn: null }, CONSENT_EXPIRY_LEAD_DAYS, at);
      this.vault.record('case.consent.add', { object: ref.code, details: { kind: input.kind } });
      return { id };
    });
  }

  update(id: string, input: ConsentInput): void {
    this.transaction((db) => {
      const before = repository.findConsent(db, id);
      if (!before) throw new AppError('NOT_FOUND');
      const ref = requireCaseRef(db, before.caseId);
      this.checkInput(db, input);
      if (before.withdrawnOn !== null && before.withdrawnOn < input.givenOn) throw fieldError('givenOn', 'validation.withdrawnBeforeGiven');
      const at = this.now().toISOString();
      const changed = recordFieldChanges(db, {
        caseId: before.caseId,
        table: 'consents',
        rowId: id,
        actor: this.vault.requireOpen().actor,
        at,
        before: repository.comparableFields(before),
        after: repository.comparableFields(input),
      });
      if (changed.length === 0) return;
      repository.updateConsent(db, id, input, at);
      repository.syncConsentDeadline(
        db,
        { id, caseId: before.caseId, validUntil: input.validUntil, withdrawnOn: before.withdrawnOn },
        CONSENT_EXPIRY_LEAD_DAYS,
        at,
      );
      this.vault.record('case.consent.update', { object: ref.code, details: { fields: changed } });
    });
  }

  withdraw(id: string, withdrawnOn: IsoDate): void {
    if (withdrawnOn > this.today()) throw fieldError('withdrawnOn', 'validation.dateFuture');
    this.transaction((db) => {
      const before = repository.findConsent(db, id);
      if (!before) throw new AppError('NOT_FOUND');
      if (before.withdrawnOn !== null) throw new AppError('CONFLICT');
      if (withdrawnOn < before.givenOn) throw fieldError('withdrawnOn', 'validation.withdrawnBeforeGiven');
      const ref = requireCaseRef(db, before.caseId);
      const at = this.now().toISOString();
      recordFieldChanges(db, {
        caseId: before.caseId,
        table: 'consents',
        rowId: id,
        actor: this.vault.requireOpen().actor,
        at,
        before: { withdrawnOn: null },
        after: { withdrawnOn },
      });
      repository.withdrawConsent(db, id, withdrawnOn, at);
      repository.syncConsentDeadline(
        db,
        { id, caseId: before.caseId, validUntil: before.validUntil, withdrawnOn },
        CONSENT_EXPIRY_LEAD_DAYS,
        at,
      );
      this.vault.record('case.consent.withdraw', { object: ref.code, details: { kind: before.kind } });
    });
  }

  /**
   * Is there a valid release towards this recipient today? A partner matches by id; a free-text
   * recipient by its text (case and spacing ignored). The best match wins: valid, then not yet
   * valid, expired, withdrawn.
   */
  checkRelease(caseId: string, partnerId: string | null, recipientText: string | null): ReleaseCheck {
    const today = this.today();
    const wantedText = recipientText?.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de') ?? '';
    return this.transaction((db) => {
      const ref = requireCaseRef(db, caseId);
      this.vault.record('case.consents.checkRelease', { object: ref.code });
      const matches = repository
        .listConsents(db, caseId)
        .filter((consent) => consent.kind === 'release')
        .filter((consent) =>
          partnerId !== null
            ? consent.recipientPartnerId === partnerId
            : (consent.recipientText ?? '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de') === wantedText,
        )
        .map((consent) => repository.withState(consent, today))
        .sort((a, b) => STATE_RANK[a.state] - STATE_RANK[b.state] || (b.validUntil ?? '9999').localeCompare(a.validUntil ?? '9999'));
      const best = matches[0];
      if (!best) return { status: 'none', consentId: null, validUntil: null, purpose: null, specialCategories: [] };
      return {
        status: best.state,
        consentId: best.id,
        validUntil: best.validUntil,
        purpose: best.purpose,
        specialCategories: best.specialCategories,
      };
    });
  }
}
