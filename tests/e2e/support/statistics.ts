import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, type Bench } from '../fixtures';
import { MainLayout } from '../pages';
import { StatisticsPage } from '../pages/StatisticsPage';
import { pdfEveryText } from '../../unit/helpers/pdfText';
import { call, createCase, addStatus } from './seedCases';

/** Seeding and checks shared by the statistics specs. */
export const COUNTRIES = ['SY', 'SY', 'AF', 'AF', 'IQ', 'ER', 'GN', 'TR', 'SY', 'AF'] as const;
const ROUTES = ['immigrationOffice', 'jobcenter', 'selfReferral', 'school'] as const;
const STATUSES = ['duldung60a', 'gestattung55', 'ae25a'] as const;
export const CANARIES = ['Kanarienfamilie', 'Kanarienvorname', 'Kanarien-Notiz', 'streng vertraulich'];
export const Q3_2026 = { year: 2026, quarter: 3 } as const;
export const YEAR_2025 = { year: 2025, quarter: null } as const;

export const pad = (value: number) => String(value).padStart(2, '0');
export const letters = (index: number) => `${String.fromCharCode(65 + Math.floor(index / 26))}${String.fromCharCode(65 + (index % 26))}`;

/**
 * 60 cases in 2025 and 2026: genders, ages, origins, routes, statuses, contacts and closures vary.
 * One woman and one man are 25–27, so the gender × age table has cells below k (suppression).
 */
export async function seedStatistics(bench: Bench): Promise<string[]> {
  const codes: string[] = [];
  for (let index = 0; index < 60; index += 1) {
    const country = COUNTRIES[index % COUNTRIES.length]!;
    const inYear2025 = index % 2 === 1;
    const created = await createCase(bench, {
      familyName: `Kanarienfamilie${letters(index)}`,
      givenNames: `Kanarienvorname${letters(index)}`,
      gender: index % 10 === 9 ? 'diverse' : index % 2 === 0 ? 'female' : 'male',
      nationalities: [country],
      countryOfOrigin: country,
      birthDate: index < 2 ? '1999-03-15' : index % 4 < 2 ? '2003-05-10' : '2006-04-12',
      accessRoute: ROUTES[index % ROUTES.length]!,
      intakeDate: inYear2025
        ? `2025-${pad(1 + (index % 9))}-${pad(1 + (index % 8))}`
        : `2026-${pad(1 + (index % 6))}-${pad(10 + (index % 9))}`,
      phase: 'implementation',
    });
    codes.push(created.code);
    await addStatus(bench, created.id, {
      status: STATUSES[index % STATUSES.length]!,
      validFrom: '2025-01-01',
      workPermission: index % 2 === 0 ? 'employmentWithApproval' : 'gainfulActivityNotPermitted',
      residenceObligation: 'unknown',
      identityClarified: 'yes',
    });
    for (let contact = 0; contact < index % 4; contact += 1) {
      await call(bench, 'journal:add', {
        caseId: created.id,
        entry: {
          occurredOn: `2026-08-${pad(10 + contact)}`,
          durationMinutes: 45,
          kind: 'inPerson',
          interpreter: false,
          topics: ['work'],
          participants: [],
          note: `Kanarien-Notiz ${letters(index)} streng vertraulich`,
        },
      });
    }
    if (inYear2025 && index % 4 === 1) {
      await call(bench, 'closure:close', {
        caseId: created.id,
        closure: {
          closedOn: '2025-11-20',
          reason: index % 8 === 1 ? 'goalsAchieved' : 'relocation',
          whereabouts: index % 8 === 1 ? 'vocationalTraining' : 'unknown',
          statusAtClosure: null,
          aftercareUntil: null,
        },
      });
    }
  }
  return codes;
}

export async function sha256Of(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}

/** No canary, case code or exact date in any byte of any file in `folder`. */
export async function expectNothingPersonal(folder: string, codes: readonly string[]): Promise<void> {
  const names = await readdir(folder);
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) {
    const bytes = await readFile(path.join(folder, name));
    const text = name.endsWith('.pdf') ? await pdfEveryText(bytes) : bytes.toString('utf8');
    // The scan must see the report's real text, or it would prove nothing.
    if (name.endsWith('.pdf')) expect(text, name).toContain('Anonymisierte Statistik');
    for (const forbidden of [...CANARIES, ...codes]) expect(text.includes(forbidden), `${forbidden} in ${name}`).toBe(false);
    expect(text, `exact date in ${name}`).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text, `German date in ${name}`).not.toMatch(/\b\d{1,2}\.\d{1,2}\.\d{4}\b/);
  }
}

export async function openStatistics(page: Page, bench: Bench): Promise<StatisticsPage> {
  await bench.open();
  await new MainLayout(page).open('Statistik');
  const statistics = new StatisticsPage(page);
  await expect(statistics.heading).toBeVisible();
  return statistics;
}
