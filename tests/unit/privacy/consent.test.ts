import { afterEach, expect, test } from 'vitest';
import type { ConsentInput } from '../../../src/shared/privacy/consent';
import { caseFields, partnerInput, unlockedBench } from '../helpers/caseFixtures';
import { openRawDatabase, type TestBench } from '../helpers/testCore';

let bench: TestBench;
afterEach(async () => bench?.cleanup());

function consent(overrides: Partial<ConsentInput> = {}): ConsentInput {
  return {
    kind: 'release',
    recipientPartnerId: null,
    recipientText: null,
    purpose: 'Vermittlung in eine Ausbildung',
    dataCategories: ['identity', 'residence'],
    specialCategories: [],
    form: 'written',
    language: 'Arabisch',
    interpreter: true,
    givenOn: '2026-11-01',
    validUntil: '2027-11-01',
    note: '',
    ...overrides,
  };
}

test('a release for a partner is checked before a referral: valid, expired, withdrawn, none', async () => {
  let recoveryKey: string;
  ({ bench, recoveryKey } = await unlockedBench());
  const { id: caseId } = await bench.call('cases:create', { fields: caseFields() });
  const { id: jobcenter } = await bench.call('partners:add', { partner: partnerInput() });
  const { id: school } = await bench.call('partners:add', { partner: partnerInput({ name: 'Berufskolleg', kind: 'school' }) });

  expect(await bench.call('consents:checkRelease', { caseId, partnerId: jobcenter, recipientText: null })).toMatchObject({
    status: 'none',
    consentId: null,
  });
  const { id } = await bench.call('consents:record', {
    caseId,
    consent: consent({ recipientPartnerId: jobcenter, specialCategories: ['health'] }),
  });
  expect(await bench.call('consents:checkRelease', { caseId, partnerId: jobcenter, recipientText: null })).toEqual({
    status: 'valid',
    consentId: id,
    validUntil: '2027-11-01',
    purpose: 'Vermittlung in eine Ausbildung',
    dataCategories: ['identity', 'residence'],
    specialCategories: ['health'],
  });
  // Another partner is not covered; a free-text recipient matches by its text.
  expect((await bench.call('consents:checkRelease', { caseId, partnerId: school, recipientText: null })).status).toBe('none');
  await bench.call('consents:record', {
    caseId,
    consent: consent({ recipientText: 'Schule am  Park', validUntil: '2026-11-20', givenOn: '2026-01-01' }),
  });
  expect((await bench.call('consents:checkRelease', { caseId, partnerId: null, recipientText: 'schule am park' })).status).toBe('expired');

  await bench.call('consents:withdraw', { id, withdrawnOn: '2026-11-21' });
  expect((await bench.call('consents:checkRelease', { caseId, partnerId: jobcenter, recipientText: null })).status).toBe('withdrawn');
  expect((await bench.fail('consents:withdraw', { id, withdrawnOn: '2026-11-21' })).code).toBe('CONFLICT');

  const list = await bench.call('consents:list', { caseId });
  expect(list.map((row) => [row.kind, row.recipientPartnerName, row.recipientText, row.state])).toEqual([
    ['release', 'Jobcenter Leverkusen', null, 'withdrawn'],
    ['release', null, 'Schule am  Park', 'expired'],
  ]);
  const raw = await openRawDatabase(bench, recoveryKey);
  const code = raw.prepare('SELECT code FROM cases WHERE id = ?').pluck().get(caseId);
  expect(
    raw.prepare(`SELECT action FROM audit_log WHERE object = ? AND action LIKE 'case.consent%' ORDER BY seq`).pluck().all(code),
  ).toEqual([
    'case.consents.checkRelease',
    'case.consent.add',
    'case.consents.checkRelease',
    'case.consents.checkRelease',
    'case.consent.add',
    'case.consents.checkRelease',
    'case.consent.withdraw',
    'case.consents.checkRelease',
    'case.consents.view',
  ]);
  raw.close();
});

test('bad consents are refused with field messages', async () => {
  ({ bench } = await unlockedBench());
  const { id: caseId } = await bench.call('cases:create', { fields: caseFields() });
  expect((await bench.fail('consents:record', { caseId, consent: consent() })).fields).toEqual({
    'consent.recipientText': 'validation.recipientRequired',
  });
  expect(
    (await bench.fail('consents:record', { caseId, consent: consent({ recipientText: 'X', validUntil: '2026-10-01' }) })).fields,
  ).toEqual({ 'consent.validUntil': 'validation.validUntilBeforeGiven' });
  expect(
    (await bench.fail('consents:record', { caseId, consent: consent({ recipientText: 'X', givenOn: '2026-12-01', validUntil: null }) }))
      .fields,
  ).toEqual({ givenOn: 'validation.dateFuture' });
  expect((await bench.fail('consents:record', { caseId, consent: consent({ recipientPartnerId: 'nope' }) })).fields).toEqual({
    recipientPartnerId: 'validation.invalid',
  });
  expect(
    (await bench.fail('consents:record', { caseId, consent: { ...consent({ recipientText: 'X' }), specialCategories: ['gossip'] } })).code,
  ).toBe('INVALID_INPUT');
  const { id } = await bench.call('consents:record', { caseId, consent: consent({ kind: 'statistics', purpose: '' }) });
  expect((await bench.fail('consents:withdraw', { id, withdrawnOn: '2026-10-01' })).fields).toEqual({
    withdrawnOn: 'validation.withdrawnBeforeGiven',
  });
  expect((await bench.fail('consents:list', { caseId: 'unknown' })).code).toBe('NOT_FOUND');
});

test('expiring consents appear among the deadlines and follow changes; updates keep their history', async () => {
  ({ bench } = await unlockedBench());
  const { id: caseId } = await bench.call('cases:create', { fields: caseFields() });
  const { id } = await bench.call('consents:record', {
    caseId,
    consent: consent({ kind: 'processing', purpose: 'Beratung', validUntil: '2026-12-10' }),
  });
  const consentDeadlines = async () =>
    (await bench.call('deadlines:list', { scope: 'all' })).items.filter((item) => item.kind === 'consentExpiry');
  expect((await consentDeadlines()).map((item) => [item.dueOn, item.remindFrom, item.bucket])).toEqual([
    ['2026-12-10', '2026-11-10', 'next30Days'],
  ]);

  // Re-deriving the case's own deadlines (a case update) keeps the consent deadline.
  await bench.call('cases:update', { id: caseId, fields: caseFields({ birthDate: '2003-01-01' }) });
  expect(await consentDeadlines()).toHaveLength(1);

  await bench.call('consents:update', {
    id,
    consent: consent({ kind: 'processing', purpose: 'Beratung', validUntil: '2027-03-31', form: 'electronic' }),
  });
  // Now more than 30 days away: only counted on the dashboard, listed with the case.
  expect(await consentDeadlines()).toEqual([]);
  expect((await bench.call('deadlines:list', { scope: 'all' })).counts.later).toBeGreaterThan(0);
  const caseDeadlines = (await bench.call('cases:get', { id: caseId })).deadlines.filter(
    (deadline) => deadline.kind === 'consentExpiry' && deadline.state === 'open',
  );
  expect(caseDeadlines.map((deadline) => deadline.dueOn)).toEqual(['2027-03-31']);
  const history = await bench.call('history:list', { caseId });
  expect(
    history
      .filter((row) => row.table === 'consents')
      .map((row) => [row.field, row.oldValue, row.newValue])
      .sort(),
  ).toEqual([
    ['form', '"written"', '"electronic"'],
    ['validUntil', '"2026-12-10"', '"2027-03-31"'],
  ]);
  await bench.call('consents:withdraw', { id, withdrawnOn: '2026-11-21' });
  expect(await consentDeadlines()).toEqual([]);
});
