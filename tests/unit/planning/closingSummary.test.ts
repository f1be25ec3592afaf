import { expect, test } from 'vitest';
import { closingSummaryOf, isNothingOpen } from '../../../src/renderer/src/planning/closure/closingSummary';
import type { CaseDetail } from '../../../src/shared/cases/domain';
import type { CasePlan } from '../../../src/shared/planning/plan';

type Deadline = CaseDetail['deadlines'][number];
const deadline = (id: string, kind: Deadline['kind'], state: Deadline['state'] = 'open'): Deadline => ({
  id,
  caseId: 'c',
  caseCode: 'FB-2026-0001',
  kind,
  title: null,
  dueOn: '2026-12-01',
  remindFrom: '2026-11-01',
  opensOn: null,
  state,
  resolvedOn: null,
  resolutionReason: null,
});
const goal = (id: string, status: CasePlan['goals'][number]['status']): CasePlan['goals'][number] => ({
  id,
  caseId: 'c',
  field: 'language',
  wording: id,
  agreedOn: null,
  targetDate: null,
  status,
  updatedAt: '',
});
const referral = (id: string, result: CasePlan['referrals'][number]['result']): CasePlan['referrals'][number] => ({
  id,
  caseId: 'c',
  partnerId: 'p',
  partnerName: 'JMD',
  partnerArchived: false,
  offerKind: 'languageCourse',
  referredOn: '2026-11-01',
  result,
  note: '',
  startedOn: null,
  withoutRelease: null,
  updatedAt: '',
});

test('closing ends the derived deadlines and leaves own appointments, tasks, consent expiries, open goals and referrals open', () => {
  const summary = closingSummaryOf(
    {
      deadlines: [
        deadline('expiry', 'statusExpiry'),
        deadline('renewal', 'suspensionRenewal'),
        deadline('age', 'ageLimit27'),
        deadline('appointment', 'appointment'),
        deadline('task', 'task'),
        deadline('consent', 'consentExpiry'),
        deadline('doneTask', 'task', 'done'),
      ],
    },
    {
      goals: [goal('open', 'open'), goal('partial', 'partial'), goal('achieved', 'achieved'), goal('abandoned', 'abandoned')],
      referrals: [referral('open', 'open'), referral('accepted', 'accepted'), referral('completed', 'completed')],
    },
  );
  expect(summary.ending.map((item) => item.id)).toEqual(['expiry', 'renewal', 'age']);
  expect(summary.remaining.map((item) => item.id)).toEqual(['appointment', 'task', 'consent']);
  expect(summary.openGoals.map((item) => item.id)).toEqual(['open', 'partial']);
  expect(summary.openReferrals.map((item) => item.id)).toEqual(['open']);
  expect(isNothingOpen(summary)).toBe(false);
  expect(isNothingOpen(closingSummaryOf({ deadlines: [deadline('expiry', 'statusExpiry')] }, { goals: [], referrals: [] }))).toBe(true);
});
