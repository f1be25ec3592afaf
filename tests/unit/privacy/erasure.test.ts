import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { caseFields, goalInput, journalInput, partnerInput, referralInput, unlockedBench } from '../helpers/caseFixtures';
import { SUPERVISOR, openRawDatabase, type TestBench } from '../helpers/testCore';
import { containsMarker, dataKeyOf } from '../helpers/pageScan';
import { createAuditBench } from '../helpers/auditBench';
import { samplePdf } from '../helpers/documentFixtures';

let bench: TestBench;
afterEach(async () => bench?.cleanup());

const MARKER = 'ZQXMARKERERASE';

/** A case whose every per-person table holds the marker, plus a history row that carries it. */
async function personWithMarkers(marker: string): Promise<string> {
  const { id } = await bench.call('cases:create', {
    fields: caseFields({
      familyName: `${marker}Fam`,
      givenNames: `${marker}Giv`,
      workExperience: `${marker} Lager`,
      specialCategoryNotes: `${marker} Gesundheit`,
    }),
  });
  await bench.call('journal:add', { caseId: id, entry: journalInput({ note: `Gespräch ${marker}journal über Ausbildung` }) });
  await bench.call('training:add', { caseId: id, startsOn: '2027-08-01', description: `${marker} Ausbildung` });
  await bench.call('deadlines:add', { caseId: id, kind: 'task', title: `${marker} anrufen`, dueOn: '2026-12-01' });
  await bench.call('plan:saveAssessment', {
    caseId: id,
    assessment: { field: 'language', resources: `${marker} res`, needs: `${marker} needs`, hasNeed: true, priority: null },
  });
  await bench.call('plan:addGoal', { caseId: id, goal: goalInput({ wording: `${marker} Ziel` }) });
  const partners = await bench.call('partners:list', {});
  const partnerId = partners[0]?.id ?? (await bench.call('partners:add', { partner: partnerInput() })).id;
  await bench.call('plan:addReferral', { caseId: id, referral: referralInput(partnerId, { note: `${marker} Vermittlung` }) });
  await bench.call('consents:record', {
    caseId: id,
    consent: {
      kind: 'release',
      recipientPartnerId: partnerId,
      recipientText: null,
      purpose: `${marker} Zweck`,
      dataCategories: ['identity'],
      specialCategories: [],
      form: 'written',
      language: null,
      interpreter: false,
      givenOn: '2026-11-01',
      validUntil: '2027-11-01',
      note: `${marker} Notiz`,
    },
  });
  // A document whose bytes (a literal string in the PDF) and note carry the marker.
  await bench.call('documents:addFiles', {
    caseId: id,
    details: { kind: 'residencePaper', date: '2026-11-01', note: `${marker}documentnote`, link: null },
    files: [{ name: `${marker}.pdf`, bytes: await samplePdf({ pages: 2, marker: `${marker}DOCBYTES`, padding: 300_000 }) }],
  });
  // Art. 16 history holds the old value of a corrected field; contact data (issue 10) carries it too.
  await bench.call('cases:update', {
    id,
    fields: caseFields({
      familyName: `${marker}Neu`,
      givenNames: `${marker}Giv`,
      workExperience: `${marker} Lager`,
      specialCategoryNotes: `${marker} Gesundheit`,
    }),
    contact: {
      phone: '0214 406-1234',
      email: `${marker.toLowerCase()}@example.org`,
      postalAddress: `${marker}Strasse 7, 51373 Leverkusen`,
      documentFamilyName: `${marker}Doc`,
      documentGivenNames: `${marker}Vor`,
    },
  });
  return id;
}

test('erasure removes every row, the index entries and the page contents; other cases stay; the log keeps only the code', async () => {
  let recoveryKey: string;
  ({ bench, recoveryKey } = await unlockedBench());
  const otherMarker = 'ZQXMARKERKEEP';
  const keep = await personWithMarkers(otherMarker);
  const erase = await personWithMarkers(MARKER);
  const key = dataKeyOf(bench.vaultDir, recoveryKey);
  const databaseFile = join(bench.vaultDir, 'fallbuch.db');
  // Positive control: the scanner really sees decrypted content, and the raw bytes are ciphertext.
  expect(containsMarker(databaseFile, key, MARKER)).toBe(true);
  expect(containsMarker(databaseFile, key, `${MARKER}DOCBYTES`)).toBe(true);
  expect(containsMarker(databaseFile, key, otherMarker)).toBe(true);
  expect(containsMarker(databaseFile, Buffer.alloc(32), MARKER)).toBe(false);

  const preview = await bench.call('erasure:preview', { caseId: erase });
  expect(preview.openDeadlines).toBeGreaterThan(0);
  expect(Object.keys(preview.counts)).toEqual(
    expect.arrayContaining([
      'journal_entries',
      'consents',
      'field_history',
      'goals',
      'referrals',
      'assessments',
      'training_starts',
      'deadlines',
      'documents',
    ]),
  );

  // Wrong code and open deadlines are refused with nothing changed.
  expect(
    (
      await bench.fail('erasure:erase', {
        caseId: erase,
        confirmCode: 'FB-2026-0001',
        reason: 'dataSubjectRequest',
        includeOpenDeadlines: true,
      })
    ).code,
  ).toBe('CONFIRMATION_MISMATCH');
  const refused = await bench.fail('erasure:erase', {
    caseId: erase,
    confirmCode: preview.caseCode,
    reason: 'dataSubjectRequest',
    includeOpenDeadlines: false,
  });
  expect(refused).toMatchObject({ code: 'OPEN_DEADLINES', params: { count: preview.openDeadlines } });
  expect(containsMarker(databaseFile, key, MARKER)).toBe(true);

  const result = await bench.call('erasure:erase', {
    caseId: erase,
    confirmCode: preview.caseCode.toLowerCase(),
    reason: 'dataSubjectRequest',
    includeOpenDeadlines: true,
  });
  expect(result).toEqual({ caseCode: preview.caseCode, erased: true });

  expect(containsMarker(databaseFile, key, MARKER)).toBe(false);
  expect(containsMarker(databaseFile, key, otherMarker)).toBe(true);
  // The other person's document bytes are still there; the erased person's are in neither file nor WAL.
  expect(containsMarker(databaseFile, key, `${otherMarker}DOCBYTES`)).toBe(true);
  expect((await bench.fail('cases:get', { id: erase })).code).toBe('NOT_FOUND');
  expect(await bench.call('search:query', { text: `${MARKER}journal` })).toEqual([]);
  expect((await bench.call('search:query', { text: `${otherMarker}journal` })).map((hit) => hit.caseId)).toEqual([keep]);
  expect((await bench.call('cases:get', { id: keep })).journal).toHaveLength(1);

  const raw = await openRawDatabase(bench, recoveryKey);
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  for (const table of [
    'journal_entries',
    'consents',
    'field_history',
    'goals',
    'referrals',
    'assessments',
    'training_starts',
    'deadlines',
    'residence_statuses',
    'documents',
  ]) {
    expect(raw.prepare(`SELECT count(*) FROM ${table} WHERE case_id = ?`).pluck().get(erase), table).toBe(0);
  }
  const entries = raw.prepare('SELECT action, object, reason FROM audit_log WHERE object = ? ORDER BY seq').all(preview.caseCode) as {
    action: string;
    object: string;
    reason: string | null;
  }[];
  expect(entries.at(-1)).toEqual({ action: 'case.erase', object: preview.caseCode, reason: 'dataSubjectRequest' });
  raw.close();

  // The erasure deletes case rows, never log entries: the supervisor's verification still holds.
  await bench.call('vault:lock');
  await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
  const report = await bench.call('audit:verify');
  expect(report.findings).toEqual([]);
  expect(report.intact).toBe(true);
  // The supervisor's log view still finds the erased case by its code, erasure entry included.
  const logged = await bench.call('audit:list', { filter: { caseCode: preview.caseCode }, offset: 0, limit: 100 });
  expect(logged.entries.find((entry) => entry.action === 'case.erase')).toMatchObject({
    object: preview.caseCode,
    reasonText: 'dataSubjectRequest',
    userName: 'Chris Beratung',
  });
  expect(
    logged.entries.every(
      (entry) => report.firstSeq !== null && report.lastSeq !== null && entry.seq >= report.firstSeq && entry.seq <= report.lastSeq,
    ),
  ).toBe(true);
});

test('the history of a corrected field is listed per case with who, when, old and new', async () => {
  ({ bench } = await unlockedBench());
  const { id } = await bench.call('cases:create', { fields: caseFields() });
  await bench.call('cases:update', { id, fields: caseFields({ familyName: 'Mueller', languages: ['Arabisch', 'Deutsch'] }) });
  const history = await bench.call('history:list', { caseId: id });
  expect(history.map((row) => [row.table, row.field, row.oldValue, row.newValue, row.userName])).toEqual(
    expect.arrayContaining([
      ['cases', 'familyName', '"Müller"', '"Mueller"', 'Chris Beratung'],
      ['cases', 'languages', '["Arabisch"]', '["Arabisch","Deutsch"]', 'Chris Beratung'],
    ]),
  );
  expect(history).toHaveLength(2);
  expect(history[0]?.at).toBe('2026-11-21T09:00:00.000Z');
});

test("erasing a colleague's case needs the break-the-glass reason and is flagged; supervisors cannot erase", async () => {
  const audit = await createAuditBench();
  bench = audit;
  const { id, code } = await audit.call('cases:create', { fields: caseFields() });
  await audit.call('vault:lock');
  await audit.asSupervisor();
  // Supervisors see no case contents: not even the preview's counts.
  expect((await audit.fail('erasure:preview', { caseId: id })).code).toBe('FORBIDDEN');
  expect(
    (await audit.fail('erasure:erase', { caseId: id, confirmCode: code, reason: 'dataSubjectRequest', includeOpenDeadlines: true })).code,
  ).toBe('FORBIDDEN');
  const colleague = { name: 'Dana Vertretung', passphrase: 'Vertretung-Kennwort-2026' };
  await audit.call('accounts:create', { name: colleague.name, role: 'counsellor', initialPassphrase: 'Erstes-Kennwort-2026' });
  await audit.call('vault:lock');
  await audit.call('vault:unlock', { account: colleague.name, passphrase: 'Erstes-Kennwort-2026' });
  await audit.call('vault:changePassphrase', { current: 'Erstes-Kennwort-2026', next: colleague.passphrase });

  const erase = { caseId: id, confirmCode: code, reason: 'dataSubjectRequest', includeOpenDeadlines: true } as const;
  expect((await audit.fail('erasure:erase', erase)).code).toBe('REASON_REQUIRED');
  // Refused before anything else is looked at: a wrong code does not tell the colleague more.
  expect((await audit.fail('erasure:erase', { ...erase, confirmCode: 'FB-1999-0001' })).code).toBe('REASON_REQUIRED');
  expect((await audit.fail('erasure:preview', { caseId: id })).code).toBe('REASON_REQUIRED');

  await audit.call('cases:get', { id, access: { kind: 'substitution' } });
  expect(await audit.call('erasure:erase', erase)).toEqual({ caseCode: code, erased: true });

  const raw = await openRawDatabase(audit, audit.recoveryKey);
  const entries = raw.prepare('SELECT action, reason, break_glass AS breakGlass FROM audit_log WHERE object = ? ORDER BY seq').all(code);
  expect(raw.prepare('SELECT count(*) FROM cases WHERE id = ?').pluck().get(id)).toBe(0);
  raw.close();
  expect(entries.slice(-2)).toEqual([
    { action: 'case.view', reason: 'substitution', breakGlass: 1 },
    { action: 'case.erase', reason: 'dataSubjectRequest', breakGlass: 1 },
  ]);
  await audit.call('vault:lock');
  await audit.asSupervisor();
  expect(await audit.call('audit:verify')).toMatchObject({ intact: true, findings: [] });
});

test('an erasure does not rewrite the vault: most pages of a large vault are byte for byte as before', async () => {
  ({ bench } = await unlockedBench());
  // About 6 MB of other people's documents, then one person to erase.
  const { id: other } = await bench.call('cases:create', { fields: caseFields({ familyName: 'Bleibt' }) });
  for (let index = 0; index < 4; index += 1) {
    await bench.call('documents:addFiles', {
      caseId: other,
      details: { kind: 'notice', date: '2026-11-01', note: '', link: null },
      files: [{ name: `bescheid-${index}.pdf`, bytes: await samplePdf({ pages: 1, padding: 1_500_000 }) }],
    });
  }
  const erase = await personWithMarkers(MARKER);
  const { caseCode } = await bench.call('erasure:preview', { caseId: erase });
  const databaseFile = join(bench.vaultDir, 'fallbuch.db');
  const { readFileSync } = await import('node:fs');
  const before = readFileSync(databaseFile);
  await bench.call('erasure:erase', { caseId: erase, confirmCode: caseCode, reason: 'dataSubjectRequest', includeOpenDeadlines: true });
  const after = readFileSync(databaseFile);
  const pages = Math.min(before.length, after.length) / 4096;
  let unchanged = 0;
  for (let page = 0; page < pages; page += 1) {
    if (before.subarray(page * 4096, (page + 1) * 4096).equals(after.subarray(page * 4096, (page + 1) * 4096))) unchanged += 1;
  }
  // VACUUM re-encrypts every page (fresh IVs): nothing would be unchanged. Incremental: most is.
  expect(unchanged / pages).toBeGreaterThan(0.8);
});
