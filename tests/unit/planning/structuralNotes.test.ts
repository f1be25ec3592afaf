import { afterEach, expect, test } from 'vitest';
import type { StructuralNoteInput } from '../../../src/shared/planning/structuralNotes';
import { openRawDatabase, type TestBench } from '../helpers/testCore';
import { caseFields, logRows, unlockedBench } from '../helpers/caseFixtures';

let bench: TestBench;
afterEach(async () => bench?.cleanup());

function note(overrides: Partial<StructuralNoteInput> = {}): StructuralNoteInput {
  return {
    field: 'language',
    kind: 'waitingTime',
    observedIn: '2026-10',
    text: 'Wartezeit auf Integrationskurse mit Kinderbetreuung über sechs Monate.',
    ...overrides,
  };
}

/** For payloads the schema must refuse. */
function badNote(overrides: Record<string, unknown>): unknown {
  return { ...note(), ...overrides };
}

test('notes are stored without case, author or day and listed newest month first, per year on request', async () => {
  const setup = await unlockedBench();
  bench = setup.bench;
  await bench.call('cases:create', { fields: caseFields() });
  const first = await bench.call('structuralNotes:add', { note: note() });
  await bench.call('structuralNotes:add', {
    note: note({ field: 'housing', kind: 'gap', observedIn: '2025-12', text: 'Kaum Wohnungen für Alleinstehende unter 25.' }),
  });
  await bench.call('structuralNotes:add', {
    note: note({ field: 'work', kind: 'interfaceProblem', observedIn: '2026-11', text: 'Beschäftigungserlaubnis dauert zu lange.' }),
  });

  const all = await bench.call('structuralNotes:list', {});
  expect(all.map((row) => [row.observedIn, row.field, row.kind])).toEqual([
    ['2026-11', 'work', 'interfaceProblem'],
    ['2026-10', 'language', 'waitingTime'],
    ['2025-12', 'housing', 'gap'],
  ]);
  expect((await bench.call('structuralNotes:list', { year: 2025 })).map((row) => row.field)).toEqual(['housing']);

  const raw = await openRawDatabase(bench, setup.recoveryKey);
  expect(raw.prepare('SELECT * FROM structural_notes WHERE id = ?').get(first.id)).toEqual({
    id: first.id,
    field: 'language',
    kind: 'waitingTime',
    observed_on: '2026-10',
    text: 'Wartezeit auf Integrationskurse mit Kinderbetreuung über sechs Monate.',
    created_at: '2026-11-21',
  });
  expect(
    logRows(raw)
      .filter((row) => row.action.startsWith('structuralNote'))
      .map((row) => [row.action, row.object]),
  ).toEqual([
    ['structuralNote.add', null],
    ['structuralNote.add', null],
    ['structuralNote.add', null],
    ['structuralNotes.list', null],
    ['structuralNotes.list', null],
  ]);
  raw.close();

  await bench.call('structuralNotes:delete', { id: first.id });
  expect((await bench.call('structuralNotes:list', { year: 2026 })).map((row) => row.field)).toEqual(['work']);
  expect((await bench.fail('structuralNotes:delete', { id: first.id })).code).toBe('NOT_FOUND');
});

test('a text naming a person of the case files or a case code is refused as not anonymous', async () => {
  ({ bench } = await unlockedBench());
  const { code } = await bench.call('cases:create', { fields: caseFields({ familyName: 'Haidari', givenNames: 'Mohammad Reza' }) });
  for (const text of ['Herr haidari wartet seit Monaten.', 'Reza braucht einen Kurs.', `Siehe Fall ${code}.`]) {
    expect((await bench.fail('structuralNotes:add', { note: note({ text }) })).fields).toEqual({ 'note.text': 'validation.notAnonymous' });
  }
  // Short name parts (under three letters) and names inside longer words do not count.
  await bench.call('structuralNotes:add', { note: note({ text: 'Haidarische Verhältnisse? Nein: lange Wartezeiten beim JMD.' }) });
  expect(await bench.call('structuralNotes:list', {})).toHaveLength(1);
});

test('a month in the future, a bad month, an unknown kind and an empty text are refused', async () => {
  ({ bench } = await unlockedBench());
  expect((await bench.fail('structuralNotes:add', { note: note({ observedIn: '2026-12' }) })).fields).toEqual({
    'note.observedIn': 'validation.monthFuture',
  });
  expect((await bench.fail('structuralNotes:add', { note: note({ observedIn: '2026-13' }) })).fields).toEqual({
    'note.observedIn': 'validation.month',
  });
  expect((await bench.fail('structuralNotes:add', { note: note({ observedIn: '2026-10-01' }) })).fields).toEqual({
    'note.observedIn': 'validation.month',
  });
  expect((await bench.fail('structuralNotes:add', { note: badNote({ kind: 'Lücke' }) })).fields).toHaveProperty(['note.kind']);
  expect((await bench.fail('structuralNotes:add', { note: note({ text: '   ' }) })).fields).toEqual({ 'note.text': 'validation.required' });
  expect((await bench.fail('structuralNotes:add', { note: { ...note(), caseId: 'x' } })).code).toBe('INVALID_INPUT');
  expect(await bench.call('structuralNotes:list', {})).toEqual([]);
});
