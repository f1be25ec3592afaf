import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { CaseContact } from '../../../src/shared/cases/domain';
import { caseFields, journalInput } from '../helpers/caseFixtures';
import { createTestBench, openRawDatabase, setUpVault, type TestBench } from '../helpers/testCore';

let bench: TestBench;
afterEach(async () => bench?.cleanup());

const CONTACT: CaseContact = {
  phone: '+49 214 406-1234',
  email: 'ahmad.mohammadi@example.org',
  postalAddress: 'Wiesdorfer Platz 7\n51373 Leverkusen',
  documentFamilyName: 'Mohammadi',
  documentGivenNames: 'Ahmad',
};

/** A case whose name is written in Arabic script, with contact data and the name as in the document. */
async function arabicNamedCase(contact: CaseContact = CONTACT) {
  return bench.call('cases:create', { fields: caseFields({ familyName: 'محمدی', givenNames: 'احمد' }), contact });
}

describe('contact data and the name as in the document', () => {
  test('stored with the case and shown in it; a list row carries the document name but no contact data', async () => {
    bench = createTestBench();
    await setUpVault(bench);
    const { id } = await arabicNamedCase();
    expect((await bench.call('cases:get', { id })).contact).toEqual(CONTACT);
    const [row] = await bench.call('cases:list', {});
    expect(row).toMatchObject({ familyName: 'محمدی', documentFamilyName: 'Mohammadi', documentGivenNames: 'Ahmad' });
    const listText = JSON.stringify(await bench.call('cases:list', {}));
    for (const value of ['406-1234', 'example.org', 'Wiesdorfer']) expect(listText).not.toContain(value);
    // A case created without contact data has none.
    const plain = await bench.call('cases:create', { fields: caseFields() });
    expect((await bench.call('cases:get', { id: plain.id })).contact).toEqual({
      phone: null,
      email: null,
      postalAddress: null,
      documentFamilyName: null,
      documentGivenNames: null,
    });
  });

  test('an update without contact keeps it; a change is kept in the Art. 16 history and logged by field name only', async () => {
    bench = createTestBench();
    const { recoveryKey } = await setUpVault(bench);
    const { id } = await arabicNamedCase();
    await bench.call('cases:update', { id, fields: caseFields({ familyName: 'محمدی', givenNames: 'احمد', phase: 'assessment' }) });
    expect((await bench.call('cases:get', { id })).contact).toEqual(CONTACT);
    await bench.call('cases:update', {
      id,
      fields: caseFields({ familyName: 'محمدی', givenNames: 'احمد', phase: 'assessment' }),
      contact: { ...CONTACT, phone: '0214 99887', email: null },
    });
    expect((await bench.call('cases:get', { id })).contact).toMatchObject({ phone: '0214 99887', email: null });
    const history = await bench.call('history:list', { caseId: id });
    expect(history.map((entry) => entry.field)).toEqual(expect.arrayContaining(['phase', 'phone', 'email']));
    const raw = await openRawDatabase(bench, recoveryKey);
    const logText = JSON.stringify(raw.prepare('SELECT * FROM audit_log').all());
    raw.close();
    for (const value of ['99887', '406-1234', 'example.org', 'Wiesdorfer', 'Mohammadi']) expect(logText).not.toContain(value);
  });

  test('bad contact input gets a field message and nothing is saved', async () => {
    bench = createTestBench();
    await setUpVault(bench);
    const bad = await bench.fail('cases:create', {
      fields: caseFields(),
      contact: { ...CONTACT, phone: 'Handy', email: 'kein-at-zeichen', documentFamilyName: 'محمدی' },
    });
    expect(bad.fields).toEqual({
      'contact.phone': 'validation.phone',
      'contact.email': 'validation.email',
      'contact.documentFamilyName': 'validation.latinScript',
    });
    expect(await bench.call('cases:list', {})).toEqual([]);
    const { id } = await arabicNamedCase();
    const refused = await bench.fail('cases:update', { id, fields: caseFields(), contact: { ...CONTACT, email: 'a@' } });
    expect(refused.fields).toEqual({ 'contact.email': 'validation.email' });
    expect((await bench.call('cases:get', { id })).contact).toEqual(CONTACT);
  });

  test('full-text search finds the document name but never phone, e-mail or address', async () => {
    bench = createTestBench();
    await setUpVault(bench);
    const { id } = await arabicNamedCase();
    expect((await bench.call('search:query', { text: 'Mohammadi' })).map((hit) => hit.caseId)).toEqual([id]);
    expect((await bench.call('search:query', { text: 'محمدی' })).map((hit) => hit.caseId)).toEqual([id]);
    for (const text of ['406', 'example', 'Wiesdorfer', 'Leverkusen']) expect(await bench.call('search:query', { text })).toEqual([]);
  });

  test('the Auskunft (Art. 15) holds every contact field and the time of day', async () => {
    let savePath: string | null = null;
    bench = createTestBench({ ports: { chooseSaveFile: async () => savePath } });
    await setUpVault(bench);
    const { id } = await arabicNamedCase();
    await bench.call('journal:add', { caseId: id, entry: journalInput({ occurredTime: '09:15' }) });
    savePath = join(bench.root, 'Auskunft.pdf');
    await bench.call('disclosure:create', { caseId: id });
    const json = JSON.parse(readFileSync(join(bench.root, 'Auskunft.json'), 'utf8'));
    expect(json.person).toMatchObject({
      phone: CONTACT.phone,
      email: CONTACT.email,
      postal_address: CONTACT.postalAddress,
      document_family_name: 'Mohammadi',
      document_given_names: 'Ahmad',
    });
    expect(json.tables.journal_entries[0]).toMatchObject({ occurred_time: '09:15' });
  });
});

describe('journal entries with a time of day', () => {
  test('optional; entries of one day are listed latest first; an update without the time keeps it', async () => {
    bench = createTestBench();
    await setUpVault(bench);
    const { id } = await bench.call('cases:create', { fields: caseFields() });
    await bench.call('journal:add', { caseId: id, entry: journalInput({ occurredTime: '09:05', note: 'früh' }) });
    const late = await bench.call('journal:add', { caseId: id, entry: journalInput({ occurredTime: '16:40', note: 'spät' }) });
    await bench.call('journal:add', { caseId: id, entry: journalInput({ note: 'ohne Uhrzeit' }) });
    const listed = (await bench.call('cases:get', { id })).journal;
    expect(listed.map((entry) => [entry.note, entry.occurredTime])).toEqual([
      ['spät', '16:40'],
      ['früh', '09:05'],
      ['ohne Uhrzeit', null],
    ]);
    await bench.call('journal:update', { id: late.id, entry: journalInput({ note: 'spät, korrigiert' }) });
    expect((await bench.call('cases:get', { id })).journal[0]).toMatchObject({ note: 'spät, korrigiert', occurredTime: '16:40' });
    await bench.call('journal:update', { id: late.id, entry: journalInput({ note: 'spät, korrigiert', occurredTime: null }) });
    expect((await bench.call('cases:get', { id })).journal.find((entry) => entry.id === late.id)?.occurredTime).toBeNull();
  });

  test('a time that is not HH:MM gets a clear message and nothing is saved', async () => {
    bench = createTestBench();
    await setUpVault(bench);
    const { id } = await bench.call('cases:create', { fields: caseFields() });
    for (const occurredTime of ['24:00', '9:5', '14.30', 'mittags']) {
      const refused = await bench.fail('journal:add', { caseId: id, entry: journalInput({ occurredTime }) });
      expect(refused.fields, occurredTime).toEqual({ 'entry.occurredTime': 'validation.timeOfDay' });
    }
    expect((await bench.call('cases:get', { id })).journal).toEqual([]);
  });
});
