import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { VignetteChoice } from '../../../src/shared/papers/vignette';
import { caseFields, closureInput, goalInput, journalInput, logRows, partnerInput, referralInput } from '../helpers/caseFixtures';
import type { DocumentsBench } from '../helpers/documentFixtures';
import { pdfText } from '../helpers/pdfText';
import { openRawDatabase } from '../helpers/testCore';
import { docxAllText, papersBench } from './papersFixtures';

let bench: DocumentsBench;
afterEach(async () => bench?.cleanup());

const PERSON = { familyName: 'Kanarienvogel', givenNames: 'Zaynab' } as const;
const NOTE = 'Notiz-Kanarie: wohnt bei der Tante in Opladen';
const GOAL = 'Ziel-Kanarie Friseurausbildung';
const PARTNER = 'Kanarien-Sprachschule Wiesdorf';

/** A case full of canaries: names, code, dates, a partner, a note and a goal's wording. */
async function canaryCase() {
  const { id: caseId, code } = await bench.call('cases:create', {
    fields: caseFields({ ...PERSON, birthDate: '2004-05-15', intakeDate: '2025-03-02', gender: 'female', countryOfOrigin: 'SY' }),
  });
  const { id: partnerId } = await bench.call('partners:add', { partner: partnerInput({ name: PARTNER }) });
  const status = (value: string, validFrom: string) => ({
    status: value as 'duldung60a',
    validFrom,
    validUntil: null,
    workPermission: null,
    residenceObligation: null,
    identityClarified: null,
    documentSeenOn: null,
  });
  await bench.call('status:add', { caseId, status: status('duldung60a', '2025-05-10') });
  await bench.call('status:add', { caseId, status: status('duldung60c', '2025-12-01') });
  await bench.call('plan:addGoal', { caseId, goal: goalInput({ wording: GOAL, agreedOn: '2025-04-07', field: 'vocationalTraining' }) });
  await bench.call('plan:addReferral', {
    caseId,
    referral: referralInput(partnerId, { offerKind: 'languageCourse', referredOn: '2025-08-03' }),
  });
  await bench.call('journal:add', { caseId, entry: journalInput({ occurredOn: '2025-03-02', note: NOTE }) });
  await bench.call('closure:close', { caseId, closure: closureInput({ closedOn: '2026-11-20' }) });
  return { caseId, code };
}

function canaries(code: string): string[] {
  return [
    PERSON.familyName,
    PERSON.givenNames,
    code,
    '2004-05-15',
    '15.05.2004',
    '2025-03-02',
    '02.03.2025',
    '10.05.2025',
    'Kanarien',
    NOTE,
    'Opladen',
    GOAL,
  ];
}

test('canary: the vignette names no name, code, exact date, partner, note or goal text of the case — in PDF and DOCX', async () => {
  bench = await papersBench();
  const { caseId, code } = await canaryCase();
  const draft = await bench.call('vignette:draft', { caseId });
  const texts = draft.lines.map((line) => line.levels[line.level]);
  expect(texts[0]).toBe('Junge Frau, 18–20 Jahre, aus Westasien');
  expect(texts).toEqual([
    'Junge Frau, 18–20 Jahre, aus Westasien',
    'Monat 0: Erstkontakt über Ausländerbehörde',
    'Monat 1: Ziel im Handlungsfeld Ausbildung vereinbart',
    'Monat 2: Duldung (§ 60a AufenthG)',
    'Monat 5: Vermittlung: Sprach-/Integrationskurs (offen)',
    'Monat 8: Ausbildungsduldung (§ 60c AufenthG)',
    'Monat 20: Abschluss der Begleitung: Ziele erreicht; Verbleib: Ausbildung',
  ]);
  // One case in the vault: whatever it states is rare.
  expect(draft.check).toMatchObject({ isRare: true, warnings: [] });
  expect(draft.check.rareBy).toEqual(expect.arrayContaining(['profile', 'status-0', 'status-1']));

  for (const format of ['pdf', 'docx'] as const) {
    const target = join(bench.root, `fallverlauf.${format}`);
    bench.setSavePath(target);
    const written = await bench.call('vignette:write', { caseId, choices: [], format, confirmWarnings: false });
    if (written.cancelled) throw new Error('cancelled');
    const bytes = readFileSync(target);
    const text = format === 'pdf' ? await pdfText(bytes) : docxAllText(bytes);
    expect(text).toContain('Monat 2: Duldung (§ 60a AufenthG)');
    for (const canary of canaries(code)) expect(text, canary).not.toContain(canary);
  }
  const raw = await openRawDatabase(bench, bench.recoveryKey);
  expect(
    logRows(raw)
      .filter((row) => row.action === 'case.vignette.write')
      .map((row) => row.object),
  ).toEqual([code, code]);
  raw.close();
});

test('typed text is scanned: a name, the code or an exact date warns; written only when the warning is confirmed', async () => {
  bench = await papersBench();
  const { caseId, code } = await canaryCase();
  const own = (text: string): VignetteChoice => ({ id: 'own-1', level: 0, text, removed: false });
  const checked = await bench.call('vignette:check', {
    caseId,
    choices: [own(`${PERSON.givenNames} (${code}) kam am 3.4.2025 zu ${PARTNER}`), { id: 'intake', level: 1, text: null, removed: true }],
  });
  expect(checked.check.warnings).toEqual([{ lineId: 'own-1', findings: ['name', 'caseCode', 'partnerName', 'exactDate'] }]);
  expect(checked.lines.find((line) => line.id === 'intake')?.removed).toBe(true);
  // A generic own line gives no warning.
  expect((await bench.call('vignette:check', { caseId, choices: [own('Monat 3: Praktikum im Handwerk')] })).check.warnings).toEqual([]);

  const target = join(bench.root, 'fallverlauf.docx');
  bench.setSavePath(target);
  const choices = [own(`${PERSON.givenNames} fand den Kurs gut`)];
  const refused = await bench.fail('vignette:write', { caseId, choices, format: 'docx', confirmWarnings: false });
  expect(refused.message).toBe('papers.error.vignetteWarnings');
  const written = await bench.call('vignette:write', { caseId, choices, format: 'docx', confirmWarnings: true });
  if (written.cancelled) throw new Error('cancelled');
  // Confirmed: what the counsellor typed is there, nothing else of the case.
  const text = docxAllText(readFileSync(target));
  expect(text).toContain(`${PERSON.givenNames} fand den Kurs gut`);
  expect(text).not.toContain(PERSON.familyName);
  expect(text).not.toContain(code);
});

test('the rarity hint: fewer than 5 cases share the stated traits; generalising the status path lifts it', async () => {
  bench = await papersBench();
  const { caseId } = await canaryCase();
  // Four more young women from Western Asia of the same age band, without the status path.
  for (const familyName of ['Eins', 'Zwei', 'Drei', 'Vier'])
    await bench.call('cases:create', {
      fields: caseFields({ familyName, gender: 'female', birthDate: '2005-01-10', intakeDate: '2025-06-01', countryOfOrigin: 'IQ' }),
    });
  expect((await bench.call('vignette:draft', { caseId })).check.isRare).toBe(true);
  const general = (id: string): VignetteChoice => ({ id, level: 1, text: null, removed: false });
  const check = await bench.call('vignette:check', { caseId, choices: [general('status-0'), general('status-1')] });
  expect(check.check).toMatchObject({ isRare: false, rareBy: [] });
  expect(check.lines.find((line) => line.id === 'status-0')?.levels[1]).toBe('Monat 2: Aufenthaltsstatus geändert');
});
