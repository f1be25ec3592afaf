import { randomUUID } from 'node:crypto';
import { CONSENT_EXPIRY_LEAD_DAYS, type ConsentInput, type ConsentRow, type ReleaseCheck } from '@shared/privacy/consent';
import { type IsoDate } from '@shared/kernel/dates';
import { AppError } from '../kernel/errors';
import type { VaultDatabase } from '../kernel/db/database';
import type { Session } from '../session/session';
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
  constructor(private readonly session: Session) {}

  private today(): IsoDate {
    return this.session.today();
  }

  private transaction<T>(work: (db: VaultDatabase) => T): T {
    return this.session.transaction(work);
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
      const ref = this.session.requireCase(caseId);
      this.session.record('case.consents.view', { case: ref });
      return repository.listConsents(db, caseId).map((consent) => repository.withState(consent, today));
    });
  }

  record(caseId: string, input: ConsentInput): { id: string } {
    return this.transaction((db) => {
      const ref = this.session.requireCase(caseId);
      this.checkInput(db, input);
      const id = randomUUID();
      const at = this.session.at();
      repository.insertConsent(db, { id, caseId, input, createdBy: this.session.actor.userId, at });
      repository.syncConsentDeadline(db, { id, caseId, validUntil: input.validUntil, withdrawnOn: null }, CONSENT_EXPIRY_LEAD_DAYS, at);
      this.session.record('case.consent.add', { case: ref, details: { kind: input.kind } });
      return { id };
    });
  }

  update(id: string, input: ConsentInput): void {
    this.transaction((db) => {
      const before = repository.findConsent(db, id);
      if (!before) throw new AppError('NOT_FOUND');
      const ref = this.session.requireCase(before.caseId);
      this.checkInput(db, input);
      if (before.withdrawnOn !== null && before.withdrawnOn < input.givenOn) throw fieldError('givenOn', 'validation.withdrawnBeforeGiven');
      const at = this.session.at();
      const changed = recordFieldChanges(db, {
        caseId: before.caseId,
        table: 'consents',
        rowId: id,
        actor: this.session.actor,
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
      this.session.record('case.consent.update', { case: ref, details: { fields: changed } });
    });
  }

  withdraw(id: string, withdrawnOn: IsoDate): void {
    if (withdrawnOn > this.today()) throw fieldError('withdrawnOn', 'validation.dateFuture');
    this.transaction((db) => {
      const before = repository.findConsent(db, id);
      if (!before) throw new AppError('NOT_FOUND');
      if (before.withdrawnOn !== null) throw new AppError('CONFLICT');
      if (withdrawnOn < before.givenOn) throw fieldError('withdrawnOn', 'validation.withdrawnBeforeGiven');
      const ref = this.session.requireCase(before.caseId);
      const at = this.session.at();
      recordFieldChanges(db, {
        caseId: before.caseId,
        table: 'consents',
        rowId: id,
        actor: this.session.actor,
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
      this.session.record('case.consent.withdraw', { case: ref, details: { kind: before.kind } });
    });
  }

  /** Is there a valid release towards this recipient today? Logged as a look at the case's consents. */
  checkRelease(caseId: string, partnerId: string | null, recipientText: string | null): ReleaseCheck {
    const today = this.today();
    return this.transaction((db) => {
      const ref = this.session.requireCase(caseId);
      this.session.record('case.consents.checkRelease', { case: ref });
      return findRelease(db, { caseId, partnerId, recipientText }, today);
    });
  }
}

/**
 * The release towards a recipient that counts today, without logging (the caller's use case logs).
 * A partner matches by id; a free-text recipient by its text (case and spacing ignored). The best
 * match wins: valid, then not yet valid, expired, withdrawn; at equal validity the later given.
 */
export function findRelease(
  db: VaultDatabase,
  { caseId, partnerId, recipientText }: { caseId: string; partnerId: string | null; recipientText: string | null },
  today: IsoDate,
): ReleaseCheck {
  const wantedText = recipientText?.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de') ?? '';
  const matches = repository
    .listConsents(db, caseId)
    .filter((consent) => consent.kind === 'release')
    .filter((consent) =>
      partnerId !== null
        ? consent.recipientPartnerId === partnerId
        : (consent.recipientText ?? '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de') === wantedText,
    )
    .map((consent) => repository.withState(consent, today))
    .sort(
      (a, b) =>
        STATE_RANK[a.state] - STATE_RANK[b.state] ||
        (b.validUntil ?? '9999').localeCompare(a.validUntil ?? '9999') ||
        // The newer release (e.g. one widened to more categories) before the older.
        b.givenOn.localeCompare(a.givenOn),
    );
  const best = matches[0];
  if (!best) return { status: 'none', consentId: null, validUntil: null, purpose: null, dataCategories: [], specialCategories: [] };
  return {
    status: best.state,
    consentId: best.id,
    validUntil: best.validUntil,
    purpose: best.purpose,
    dataCategories: best.dataCategories,
    specialCategories: best.specialCategories,
  };
}
