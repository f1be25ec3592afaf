import { sampleCaseFields } from './sampleCaseFields';
import type { CaseFields } from '../../../src/shared/cases/domain';
import type { JournalInput } from '../../../src/shared/journal/domain';
import type { GoalInput, PartnerInput, ReferralInput } from '../../../src/shared/planning/plan';
import type { ClosureInput } from '../../../src/shared/planning/closure';
import { createTestBench, setUpVault, type TestBench } from './testCore';

/** Fixtures of the case notebook; the bench clock starts on 2026-11-21. */
export function caseFields(overrides: Partial<CaseFields> = {}): CaseFields {
  return sampleCaseFields({ intakeDate: '2026-03-02', phase: 'planning', ...overrides });
}

export function journalInput(overrides: Partial<JournalInput> = {}): JournalInput {
  return {
    occurredOn: '2026-11-20',
    durationMinutes: 45,
    kind: 'inPerson',
    interpreter: false,
    topics: [],
    participants: [],
    note: '',
    ...overrides,
  };
}

export function goalInput(overrides: Partial<GoalInput> = {}): GoalInput {
  return {
    field: 'language',
    wording: 'B1-Prüfung bestehen',
    agreedOn: '2026-10-01',
    targetDate: '2027-06-30',
    status: 'open',
    ...overrides,
  };
}

export function partnerInput(overrides: Partial<PartnerInput> = {}): PartnerInput {
  return { name: 'Jobcenter Leverkusen', kind: 'jobcenter', contact: 'Zentrale, Di und Do', ...overrides };
}

export function referralInput(partnerId: string, overrides: Partial<ReferralInput> = {}): ReferralInput {
  // Most tests have no release consent for the partner: they refer explicitly without one (defect 7).
  return { partnerId, offerKind: 'jobPlacement', referredOn: '2026-11-10', result: 'open', note: '', withoutRelease: true, ...overrides };
}

export function closureInput(overrides: Partial<ClosureInput> = {}): ClosureInput {
  return {
    closedOn: '2026-11-20',
    reason: 'goalsAchieved',
    whereabouts: 'vocationalTraining',
    statusAtClosure: null,
    aftercareUntil: null,
    ...overrides,
  };
}

/** A fresh, unlocked vault (counsellor and supervisor) with the recovery key for raw reads. */
export async function unlockedBench(): Promise<{ bench: TestBench; recoveryKey: string }> {
  const bench = createTestBench();
  const { recoveryKey } = await setUpVault(bench);
  return { bench, recoveryKey };
}

/** The access-log rows written after `afterSeq`, as the supervisor would read them. */
export function logRows(raw: { prepare(sql: string): { all(...params: unknown[]): unknown[] } }, afterSeq = 0) {
  return raw.prepare('SELECT seq, action, object, details_hash AS detailsHash FROM audit_log WHERE seq > ? ORDER BY seq').all(afterSeq) as {
    seq: number;
    action: string;
    object: string | null;
    detailsHash: string | null;
  }[];
}
