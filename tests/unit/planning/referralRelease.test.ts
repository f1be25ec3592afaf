import { afterEach, expect, test } from 'vitest';
import type { ConsentInput } from '../../../src/shared/privacy/consent';
import { caseFields, logRows, partnerInput, referralInput, unlockedBench } from '../helpers/caseFixtures';
import { openRawDatabase, type TestBench } from '../helpers/testCore';

let bench: TestBench;
afterEach(async () => bench?.cleanup());

/** A release towards a partner (the bench clock stands at 2026-11-21). */
function release(partnerId: string, overrides: Partial<ConsentInput> = {}): ConsentInput {
  return {
    kind: 'release',
    recipientPartnerId: partnerId,
    recipientText: null,
    purpose: 'Vermittlung',
    dataCategories: ['identity'],
    specialCategories: [],
    form: 'written',
    language: null,
    interpreter: false,
    givenOn: '2026-10-01',
    validUntil: '2027-10-01',
    note: '',
    ...overrides,
  };
}

async function setUp() {
  let recoveryKey: string;
  ({ bench, recoveryKey } = await unlockedBench());
  const { id: caseId } = await bench.call('cases:create', { fields: caseFields() });
  const { id: jobcenter } = await bench.call('partners:add', { partner: partnerInput() });
  const { id: school } = await bench.call('partners:add', { partner: partnerInput({ name: 'Berufskolleg Opladen', kind: 'school' }) });
  return { recoveryKey, caseId, jobcenter, school };
}

const referralsOf = async (caseId: string) =>
  (await bench.call('plan:get', { caseId })).referrals.map((row) => [row.partnerName, row.result, row.withoutRelease]);

test('without a valid release the referral needs the explicit choice, and keeps the mark; with one nothing is marked', async () => {
  const { recoveryKey, caseId, jobcenter, school } = await setUp();

  // No release at all: refused at the choice, in words the dialog shows, nothing stored.
  const refused = await bench.fail('plan:addReferral', { caseId, referral: referralInput(jobcenter, { withoutRelease: false }) });
  expect(refused).toMatchObject({ code: 'INVALID_INPUT', fields: { 'referral.withoutRelease': 'validation.releaseChoiceRequired' } });
  expect(await referralsOf(caseId)).toEqual([]);
  // The choice is a yes/no the contract insists on.
  const { withoutRelease: _omit, ...unanswered } = referralInput(jobcenter);
  expect((await bench.fail('plan:addReferral', { caseId, referral: unanswered })).fields).toHaveProperty(['referral.withoutRelease']);

  const { id: marked } = await bench.call('plan:addReferral', { caseId, referral: referralInput(jobcenter, { withoutRelease: true }) });
  expect(await referralsOf(caseId)).toEqual([['Jobcenter Leverkusen', 'open', true]]);

  // A valid release towards the school: nothing to choose, nothing marked even if the box was ticked.
  await bench.call('consents:record', { caseId, consent: release(school) });
  await bench.call('plan:addReferral', { caseId, referral: referralInput(school, { withoutRelease: true, referredOn: '2026-11-12' }) });
  await bench.call('plan:addReferral', { caseId, referral: referralInput(school, { withoutRelease: false, referredOn: '2026-11-13' }) });
  expect(await referralsOf(caseId)).toEqual([
    ['Jobcenter Leverkusen', 'open', true],
    ['Berufskolleg Opladen', 'open', false],
    ['Berufskolleg Opladen', 'open', false],
  ]);

  // Recording the result later with the same partner asks nothing new, and the mark stays.
  await bench.call('plan:updateReferral', {
    id: marked,
    referral: referralInput(jobcenter, { result: 'accepted', withoutRelease: false }),
  });
  expect((await referralsOf(caseId))[0]).toEqual(['Jobcenter Leverkusen', 'accepted', true]);
  // Moving it to a partner with a valid release clears the mark; moving it back asks again.
  await bench.call('plan:updateReferral', { id: marked, referral: referralInput(school, { result: 'accepted', withoutRelease: false }) });
  expect((await referralsOf(caseId))[0]).toEqual(['Berufskolleg Opladen', 'accepted', false]);
  expect(
    (
      await bench.fail('plan:updateReferral', {
        id: marked,
        referral: referralInput(jobcenter, { result: 'accepted', withoutRelease: false }),
      })
    ).fields,
  ).toEqual({ 'referral.withoutRelease': 'validation.releaseChoiceRequired' });

  // The change of the mark is in the case's history (Art. 16); the log holds codes and hashes only.
  const history = await bench.call('history:list', { caseId });
  expect(history.filter((row) => row.field === 'withoutRelease').map((row) => [row.oldValue, row.newValue])).toEqual([['true', 'false']]);
  const raw = await openRawDatabase(bench, recoveryKey);
  const added = logRows(raw).filter((row) => row.action === 'case.referral.add');
  raw.close();
  expect(added).toHaveLength(3);
  expect(added.every((row) => /^[A-Z]{2,5}-\d{4}-\d{4}$/.test(row.object ?? '') && row.detailsHash !== null)).toBe(true);
});

test('an expired, withdrawn or not yet valid release counts as none', async () => {
  const { caseId, jobcenter } = await setUp();
  await bench.call('consents:record', { caseId, consent: release(jobcenter, { givenOn: '2025-01-01', validUntil: '2025-12-31' }) });
  const { id: withdrawn } = await bench.call('consents:record', { caseId, consent: release(jobcenter) });
  await bench.call('consents:withdraw', { id: withdrawn, withdrawnOn: '2026-11-01' });
  expect((await bench.fail('plan:addReferral', { caseId, referral: referralInput(jobcenter, { withoutRelease: false }) })).fields).toEqual({
    'referral.withoutRelease': 'validation.releaseChoiceRequired',
  });
  await bench.call('consents:record', { caseId, consent: release(jobcenter, { givenOn: '2026-11-01' }) });
  await bench.call('plan:addReferral', { caseId, referral: referralInput(jobcenter, { withoutRelease: false }) });
  expect(await referralsOf(caseId)).toEqual([['Jobcenter Leverkusen', 'open', false]]);
});
