import { afterEach, describe, expect, test } from 'vitest';
import { openRawDatabase, type TestBench } from '../helpers/testCore';
import { caseFields, goalInput, journalInput, logRows, partnerInput, referralInput, unlockedBench } from '../helpers/caseFixtures';

let bench: TestBench;
afterEach(async () => bench?.cleanup());

async function benchWithCase() {
  const setup = await unlockedBench();
  bench = setup.bench;
  const created = await bench.call('cases:create', { fields: caseFields() });
  return { ...setup, caseId: created.id, code: created.code };
}

describe('assessment per Handlungsfeld', () => {
  test('saving a field replaces its assessment; fields come back in the vocabulary order', async () => {
    const { caseId, code } = await benchWithCase();
    await bench.call('plan:saveAssessment', {
      caseId,
      assessment: { field: 'work', resources: 'Erfahrung im Handwerk', needs: '', hasNeed: false, priority: null },
    });
    await bench.call('plan:saveAssessment', {
      caseId,
      assessment: { field: 'language', resources: '', needs: 'Kurs A2', hasNeed: true, priority: 'medium' },
    });
    await bench.call('plan:saveAssessment', {
      caseId,
      assessment: { field: 'language', resources: 'Lernt schnell', needs: 'B1-Kurs mit Kinderbetreuung', hasNeed: true, priority: 'high' },
    });
    const plan = await bench.call('plan:get', { caseId });
    expect(plan.caseCode).toBe(code);
    expect(
      plan.assessments.map(({ field, resources, needs, hasNeed, priority }) => ({ field, resources, needs, hasNeed, priority })),
    ).toEqual([
      { field: 'language', resources: 'Lernt schnell', needs: 'B1-Kurs mit Kinderbetreuung', hasNeed: true, priority: 'high' },
      { field: 'work', resources: 'Erfahrung im Handwerk', needs: '', hasNeed: false, priority: null },
    ]);
    await bench.call('plan:deleteAssessment', { caseId, field: 'work' });
    expect((await bench.call('plan:get', { caseId })).assessments.map((row) => row.field)).toEqual(['language']);
    expect((await bench.fail('plan:deleteAssessment', { caseId, field: 'work' })).code).toBe('NOT_FOUND');
  });

  test('unknown fields and priorities are refused; an unknown case is NOT_FOUND', async () => {
    const { caseId } = await benchWithCase();
    const badField = await bench.fail('plan:saveAssessment', {
      caseId,
      assessment: { field: 'Wohnen', resources: '', needs: '', hasNeed: true, priority: null },
    });
    expect(badField.fields).toHaveProperty(['assessment.field']);
    const badPriority = await bench.fail('plan:saveAssessment', {
      caseId,
      assessment: { field: 'housing', resources: '', needs: '', hasNeed: true, priority: 'urgent' },
    });
    expect(badPriority.fields).toHaveProperty(['assessment.priority']);
    expect(
      (
        await bench.fail('plan:saveAssessment', {
          caseId: 'nope',
          assessment: { field: 'housing', resources: '', needs: '', hasNeed: true, priority: null },
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect((await bench.call('plan:get', { caseId })).assessments).toEqual([]);
  });
});

describe('goals', () => {
  test('add, update and delete; the log names the case code and changed field names, never the wording', async () => {
    const { caseId, code, recoveryKey } = await benchWithCase();
    const { id } = await bench.call('plan:addGoal', { caseId, goal: goalInput() });
    await bench.call('plan:updateGoal', { id, goal: goalInput({ status: 'partial', targetDate: '2027-09-30' }) });
    let plan = await bench.call('plan:get', { caseId });
    expect(plan.goals).toMatchObject([
      { id, field: 'language', wording: 'B1-Prüfung bestehen', status: 'partial', targetDate: '2027-09-30' },
    ]);
    await bench.call('plan:deleteGoal', { id });
    plan = await bench.call('plan:get', { caseId });
    expect(plan.goals).toEqual([]);

    const raw = await openRawDatabase(bench, recoveryKey);
    const rows = logRows(raw).filter((row) => row.action.startsWith('case.goal') || row.action === 'case.plan.view');
    expect(rows.map((row) => [row.action, row.object])).toEqual([
      ['case.goal.add', code],
      ['case.goal.update', code],
      ['case.plan.view', code],
      ['case.goal.delete', code],
      ['case.plan.view', code],
    ]);
    const dump = JSON.stringify(raw.prepare('SELECT * FROM audit_log').all());
    expect(dump).not.toContain('B1-Prüfung');
    raw.close();
  });

  test('a target date before the agreed-on date, a future agreement and unknown statuses are refused; nothing is saved', async () => {
    const { caseId } = await benchWithCase();
    const before = await bench.fail('plan:addGoal', { caseId, goal: goalInput({ agreedOn: '2026-10-01', targetDate: '2026-09-30' }) });
    expect(before.fields).toEqual({ 'goal.targetDate': 'validation.targetBeforeAgreed' });
    const future = await bench.fail('plan:addGoal', { caseId, goal: goalInput({ agreedOn: '2026-12-01', targetDate: '2027-01-01' }) });
    expect(future.fields).toEqual({ 'goal.agreedOn': 'validation.dateFuture' });
    const status = await bench.fail('plan:addGoal', { caseId, goal: { ...goalInput(), status: 'erreicht' } });
    expect(status.fields).toHaveProperty(['goal.status']);
    const missing = await bench.fail('plan:addGoal', { caseId, goal: { ...goalInput(), wording: '  ' } });
    expect(missing.fields).toEqual({ 'goal.wording': 'validation.required' });
    expect((await bench.call('plan:get', { caseId })).goals).toEqual([]);

    const { id } = await bench.call('plan:addGoal', { caseId, goal: goalInput() });
    await bench.fail('plan:updateGoal', { id, goal: goalInput({ targetDate: '2026-01-01' }) });
    expect((await bench.call('plan:get', { caseId })).goals[0]?.targetDate).toBe('2027-06-30');
    expect((await bench.fail('plan:updateGoal', { id: 'missing', goal: goalInput() })).code).toBe('NOT_FOUND');
  });
});

describe('referrals', () => {
  test('name a partner of the directory; result updates keep working after the partner is archived', async () => {
    const { caseId } = await benchWithCase();
    const partner = await bench.call('partners:add', { partner: partnerInput() });
    const { id } = await bench.call('plan:addReferral', { caseId, referral: referralInput(partner.id) });
    await bench.call('partners:archive', { id: partner.id, archived: true });
    await bench.call('plan:updateReferral', { id, referral: referralInput(partner.id, { result: 'accepted', note: 'Termin am 2.12.' }) });
    const plan = await bench.call('plan:get', { caseId });
    expect(plan.referrals).toMatchObject([
      {
        id,
        partnerId: partner.id,
        partnerName: 'Jobcenter Leverkusen',
        partnerArchived: true,
        offerKind: 'jobPlacement',
        result: 'accepted',
        note: 'Termin am 2.12.',
      },
    ]);
    await bench.call('plan:deleteReferral', { id });
    expect((await bench.call('plan:get', { caseId })).referrals).toEqual([]);
  });

  test('the start of the offer (statistics: days from referral to start) is optional, never before the referral, never in the future', async () => {
    const { caseId } = await benchWithCase();
    const partner = await bench.call('partners:add', { partner: partnerInput() });
    const { id } = await bench.call('plan:addReferral', { caseId, referral: referralInput(partner.id, { result: 'accepted' }) });
    expect((await bench.call('plan:get', { caseId })).referrals[0]?.startedOn).toBeNull();
    await bench.call('plan:updateReferral', { id, referral: referralInput(partner.id, { result: 'accepted', startedOn: '2026-11-17' }) });
    expect((await bench.call('plan:get', { caseId })).referrals[0]?.startedOn).toBe('2026-11-17');
    expect(
      (await bench.fail('plan:updateReferral', { id, referral: referralInput(partner.id, { startedOn: '2026-11-09' }) })).fields,
    ).toEqual({ 'referral.startedOn': 'validation.referral.startBeforeReferral' });
    expect(
      (await bench.fail('plan:addReferral', { caseId, referral: referralInput(partner.id, { startedOn: '2026-11-30' }) })).fields,
    ).toEqual({ 'referral.startedOn': 'validation.dateFuture' });
    // The refused changes lost nothing.
    expect((await bench.call('plan:get', { caseId })).referrals.map((referral) => referral.startedOn)).toEqual(['2026-11-17']);
  });

  test('an archived or unknown partner takes no new referral; bad kinds and results are refused', async () => {
    const { caseId } = await benchWithCase();
    const active = await bench.call('partners:add', { partner: partnerInput({ name: 'JMD Leverkusen', kind: 'youthMigrationService' }) });
    const archived = await bench.call('partners:add', { partner: partnerInput() });
    await bench.call('partners:archive', { id: archived.id, archived: true });
    expect((await bench.fail('plan:addReferral', { caseId, referral: referralInput(archived.id) })).fields).toEqual({
      'referral.partnerId': 'validation.partnerArchived',
    });
    expect((await bench.fail('plan:addReferral', { caseId, referral: referralInput('no-such-partner') })).fields).toEqual({
      'referral.partnerId': 'validation.partnerUnknown',
    });
    expect(
      (await bench.fail('plan:addReferral', { caseId, referral: { ...referralInput(active.id), offerKind: 'Sprachkurs' } })).fields,
    ).toHaveProperty(['referral.offerKind']);
    expect(
      (await bench.fail('plan:addReferral', { caseId, referral: { ...referralInput(active.id), result: 'vielleicht' } })).fields,
    ).toHaveProperty(['referral.result']);
    expect(
      (await bench.fail('plan:addReferral', { caseId, referral: referralInput(active.id, { referredOn: '2026-11-22' }) })).fields,
    ).toEqual({ 'referral.referredOn': 'validation.dateFuture' });
    const { partnerId: _omit, ...withoutPartner } = referralInput(active.id);
    expect((await bench.fail('plan:addReferral', { caseId, referral: withoutPartner })).fields).toEqual({
      'referral.partnerId': 'validation.required',
    });

    const { id } = await bench.call('plan:addReferral', { caseId, referral: referralInput(active.id) });
    // Moving an existing referral to an archived partner is a new choice and refused too.
    expect((await bench.fail('plan:updateReferral', { id, referral: referralInput(archived.id) })).fields).toEqual({
      'referral.partnerId': 'validation.partnerArchived',
    });
    expect((await bench.call('plan:get', { caseId })).referrals.map((row) => row.partnerId)).toEqual([active.id]);
  });
});

describe('case conferences', () => {
  test('are journal entries naming the participating agencies; a conference without them is refused', async () => {
    const { caseId } = await benchWithCase();
    const missing = await bench.fail('journal:add', { caseId, entry: journalInput({ kind: 'caseConference', participants: [] }) });
    expect(missing.fields).toEqual({ 'entry.participants': 'validation.participantsRequired' });
    const blank = await bench.fail('journal:add', { caseId, entry: journalInput({ kind: 'caseConference', participants: ['  '] }) });
    expect(blank.code).toBe('INVALID_INPUT');
    expect((await bench.call('cases:get', { id: caseId })).journal).toEqual([]);

    const { id } = await bench.call('journal:add', {
      caseId,
      entry: journalInput({
        kind: 'caseConference',
        participants: ['Jobcenter Leverkusen', 'Ausländerbehörde', 'JMD'],
        topics: ['residence', 'work'],
        note: 'Gemeinsame Klärung der Beschäftigungserlaubnis.',
      }),
    });
    expect((await bench.call('cases:get', { id: caseId })).journal).toMatchObject([
      { id, kind: 'caseConference', participants: ['Jobcenter Leverkusen', 'Ausländerbehörde', 'JMD'] },
    ]);
    // Changing the kind of an existing entry to a conference needs the agencies too.
    const other = await bench.call('journal:add', { caseId, entry: journalInput() });
    expect((await bench.fail('journal:update', { id: other.id, entry: journalInput({ kind: 'caseConference' }) })).fields).toEqual({
      'entry.participants': 'validation.participantsRequired',
    });
  });
});
