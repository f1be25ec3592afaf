import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseFields } from '../../../src/shared/cases/domain';
import { createTestBench, openRawDatabase, setUpVault, type TestBench } from './testCore';

/** A vault with cases for the statistics tests; the export folder is chosen by a test port. */
export interface StatsVault {
  bench: TestBench;
  recoveryKey: string;
  exportDir: { current: string | null };
  openFiles: { current: string[] | null };
}

export async function createStatsVault(clockStart?: Date): Promise<StatsVault> {
  const exportDir = { current: null as string | null };
  const openFiles = { current: null as string[] | null };
  const bench = createTestBench(
    {
      ports: {
        chooseFolder: async () => exportDir.current,
        chooseOpenFiles: async () => openFiles.current,
      },
    },
    clockStart,
  );
  const { recoveryKey } = await setUpVault(bench);
  exportDir.current = mkdtempSync(join(bench.root, 'export-'));
  return { bench, recoveryKey, exportDir, openFiles };
}

export function fields(overrides: Partial<CaseFields> = {}): CaseFields {
  return {
    familyName: 'Muster',
    givenNames: 'Person',
    birthDate: '2003-04-10',
    gender: 'male',
    nationalities: ['SY'],
    countryOfOrigin: 'SY',
    languages: ['Arabisch'],
    interpreterNeeded: false,
    entryDate: '2021-03-01',
    housing: 'communalAccommodation',
    benefits: 'asylblg3',
    schoolYears: 9,
    schoolCertificate: null,
    schoolCountry: 'SY',
    germanLevel: 'A2',
    germanCertificate: null,
    workExperience: null,
    programme: 'kim',
    accessRoute: 'immigrationOffice',
    intakeDate: '2026-02-10',
    phase: 'implementation',
    specialCategoryNotes: null,
    ...overrides,
  };
}

const GENDERS = ['female', 'male', 'male', 'female', 'diverse'] as const;
const COUNTRIES = ['SY', 'SY', 'AF', 'AF', 'IQ', 'ER', 'GN', 'TR', 'SY', 'AF'] as const;
const ROUTES = ['immigrationOffice', 'jobcenter', 'selfReferral', 'school'] as const;

/** `count` deterministic cases through the real channel, with statuses and journal entries. */
export async function addCases(vault: StatsVault, count: number, offset = 0): Promise<{ id: string; code: string }[]> {
  const created: { id: string; code: string }[] = [];
  for (let index = offset; index < offset + count; index += 1) {
    const month = String(1 + (index % 9)).padStart(2, '0');
    const result = await vault.bench.call('cases:create', {
      fields: fields({
        gender: GENDERS[index % GENDERS.length]!,
        countryOfOrigin: COUNTRIES[index % COUNTRIES.length]!,
        birthDate: `${1999 + (index % 9)}-0${1 + (index % 9)}-15`,
        accessRoute: ROUTES[index % ROUTES.length]!,
        intakeDate: `${2025 + (index % 2)}-${month}-0${1 + (index % 8)}`,
      }),
    });
    await vault.bench.call('status:add', {
      caseId: result.id,
      status: {
        status: index % 3 === 0 ? 'duldung60a' : 'gestattung55',
        validFrom: '2025-01-01',
        validUntil: null,
        workPermission: index % 2 === 0 ? 'employmentWithApproval' : 'gainfulActivityNotPermitted',
        residenceObligation: 'unknown',
        identityClarified: 'yes',
        documentSeenOn: null,
      },
    });
    for (let contact = 0; contact < index % 5; contact += 1) {
      await vault.bench.call('journal:add', {
        caseId: result.id,
        entry: {
          occurredOn: `2026-08-${String(10 + contact).padStart(2, '0')}`,
          durationMinutes: 30,
          kind: 'inPerson',
          interpreter: false,
          topics: ['work'],
          participants: [],
          note: 'Gespräch',
        },
      });
    }
    created.push(result);
  }
  return created;
}

export async function rawDatabase(vault: StatsVault) {
  return openRawDatabase(vault.bench, vault.recoveryKey, false);
}
