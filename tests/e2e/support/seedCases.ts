import { sampleCaseFields } from '../../unit/helpers/sampleCaseFields';
import type { CaseFields, StatusInput } from '../../../src/shared/cases/domain';
import type { JournalInput } from '../../../src/shared/journal/domain';
import { PEOPLE, type Bench } from '../fixtures';

/**
 * Seeding through the core's own channels (no SQL): the vault is set up and unlocked for the
 * counsellor, so opening the app afterwards lands on the case list with these cases in it.
 */
export function caseFields(overrides: Partial<CaseFields> = {}): CaseFields {
  return sampleCaseFields({ intakeDate: '2026-01-02', ...overrides });
}

async function invoke<T>(bench: Bench, channel: string, payload: unknown): Promise<T> {
  const result = (await bench.core.invoke(channel, payload)) as { ok: true; value: T } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

export async function setUpAndUnlock(bench: Bench): Promise<void> {
  await bench.setUpVault();
  await invoke(bench, 'vault:unlock', { account: PEOPLE.counsellor.name, passphrase: PEOPLE.counsellor.passphrase });
}

export interface SeededCase {
  id: string;
  code: string;
}

export async function createCase(bench: Bench, overrides: Partial<CaseFields> = {}): Promise<SeededCase> {
  const created = await invoke<{ id: string; code: string }>(bench, 'cases:create', { fields: caseFields(overrides) });
  return { id: created.id, code: created.code };
}

export async function addStatus(bench: Bench, caseId: string, status: Partial<StatusInput> & Pick<StatusInput, 'status'>): Promise<void> {
  await invoke(bench, 'status:add', {
    caseId,
    status: {
      validFrom: null,
      validUntil: null,
      workPermission: null,
      residenceObligation: null,
      identityClarified: null,
      documentSeenOn: null,
      ...status,
    },
  });
}

export async function addJournal(bench: Bench, caseId: string, note: string, occurredOn: string): Promise<void> {
  const entry: JournalInput = {
    occurredOn,
    durationMinutes: 30,
    kind: 'inPerson',
    interpreter: false,
    topics: ['work'],
    participants: [],
    note,
  };
  await invoke(bench, 'journal:add', { caseId, entry });
}

export async function addOwnDeadline(
  bench: Bench,
  caseId: string,
  title: string,
  dueOn: string,
  kind: 'appointment' | 'task' = 'appointment',
): Promise<void> {
  await invoke(bench, 'deadlines:add', { caseId, kind, title, dueOn });
}

/** A calendar date relative to today (the core runs on the real clock in the E2E bench). */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function germanDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

export async function closeCase(bench: Bench, caseId: string, closedOn: string): Promise<void> {
  await invoke(bench, 'closure:close', {
    caseId,
    closure: { closedOn, reason: 'goalsAchieved', whereabouts: 'vocationalTraining', statusAtClosure: null, aftercareUntil: null },
  });
}

export async function call<T>(bench: Bench, channel: string, payload: unknown): Promise<T> {
  return invoke<T>(bench, channel, payload);
}

/** Four people whose names must never show in privacy mode. */
export const SEEDED_PEOPLE = [
  { familyName: 'Müller', givenNames: 'Ayşe', birthDate: '2004-05-15', phase: 'intake' },
  { familyName: 'Haidari', givenNames: 'Ahmad Shah', birthDate: '2001-02-03', phase: 'assessment' },
  { familyName: 'Tesfay', givenNames: 'Selam', birthDate: '2006-09-30', phase: 'planning' },
  { familyName: 'Osman', givenNames: 'Nuriye', birthDate: null, phase: 'implementation' },
] as const;

/**
 * The four cases of the list tests: Müller (Duldung expiring in 5 days), Haidari (Gestattung expired
 * 3 days ago), Tesfay (§ 25a until next year), Osman (no status yet), plus a closed fifth case.
 */
export async function seedFourCases(
  bench: Bench,
): Promise<{ muller: SeededCase; haidari: SeededCase; tesfay: SeededCase; osman: SeededCase; closed: SeededCase }> {
  const [mullerFields, haidariFields, tesfayFields, osmanFields] = SEEDED_PEOPLE;
  const muller = await createCase(bench, { ...mullerFields });
  const haidari = await createCase(bench, { ...haidariFields, programme: 'durchstarten' });
  const tesfay = await createCase(bench, { ...tesfayFields, programme: 'teilhabemanagement' });
  const osman = await createCase(bench, { ...osmanFields });
  const closed = await createCase(bench, { familyName: 'Rahimi', givenNames: 'Farid', phase: 'closure' });
  await addStatus(bench, muller.id, { status: 'duldung60a', validFrom: daysFromToday(-60), validUntil: daysFromToday(5) });
  await addStatus(bench, haidari.id, { status: 'gestattung55', validFrom: daysFromToday(-200), validUntil: daysFromToday(-3) });
  await addStatus(bench, tesfay.id, { status: 'ae25a', validFrom: daysFromToday(-30), validUntil: daysFromToday(400) });
  await closeCase(bench, closed.id, daysFromToday(-1));
  return { muller, haidari, tesfay, osman, closed };
}

/** A date of birth whose 27th birthday (the § 25a limit) is `days` from today. */
export function birthDateTurning27In(days: number): string {
  const birthday = daysFromToday(days);
  return `${Number(birthday.slice(0, 4)) - 27}${birthday.slice(4)}`.replace(/-02-29$/, '-02-28');
}
