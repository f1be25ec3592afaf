import { M49_SUB_REGIONS, subRegionOf } from '@shared/kernel/countries';
import { ageOn, todayIn } from '@shared/kernel/dates';
import {
  VIGNETTE_RARITY_THRESHOLD,
  type VignetteCheck,
  type VignetteChoice,
  type VignetteDraft,
  type VignetteFinding,
  type VignetteLine,
} from '@shared/papers/vignette';
import { AppError } from '../kernel/errors';
import type { CaseFacts } from './caseRepository';
import { label, paperText } from './format';

/**
 * The anonymised case vignette (issue 12, item 5), built from structured data only: an age band
 * instead of the age, the UN M49 sub-region instead of the country, months since the first contact
 * instead of dates, vocabulary labels instead of free text, no partner names. Every line offers
 * texts from precise to general. Typed text is scanned; the rarity hint counts the vault's cases
 * that share the traits the vignette states.
 */

/** What a vignette states about the person at a profile level: 0 gender, band, region; 1 gender, band; 2 nothing. */
interface Traits {
  gender: string | null;
  band: string | null;
  region: string | null;
  statuses: string[];
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

export function ageBand(birthDate: string | null, on: string): string | null {
  if (birthDate === null) return null;
  const age = ageOn(birthDate, on);
  if (age < 18) return 'unter 18';
  if (age <= 20) return '18–20';
  if (age <= 24) return '21–24';
  if (age <= 27) return '25–27';
  return 'über 27';
}

function personWord(gender: string): string {
  return paperText(gender === 'male' ? 'vignette.person.male' : gender === 'female' ? 'vignette.person.female' : 'vignette.person.other');
}

function genderGroup(gender: string): string {
  return gender === 'male' || gender === 'female' ? gender : 'other';
}

function regionName(country: string | null): string | null {
  if (country === null) return null;
  const code = subRegionOf(country);
  if (code === 'unknown') return null;
  return M49_SUB_REGIONS.find((region) => region.code === code)?.de ?? null;
}

function when(month: number): string {
  return month < 0 ? paperText('vignette.beforeIntake') : paperText('vignette.month', { month });
}

function line(id: string, month: number, texts: string[]): { line: VignetteLine; month: number } {
  const levels = texts.map((what) => paperText('vignette.line', { when: when(month), what }));
  return { month, line: { id, kind: 'event', levels, level: 0, text: null, removed: false } };
}

/** The proposed lines of a case, profile first, then events in time order. */
export function proposeLines(facts: CaseFacts): VignetteLine[] {
  const intake = facts.intakeDate;
  const person = personWord(facts.gender);
  const band = ageBand(facts.birthDate, intake);
  const age = band === null ? paperText('vignette.person.other') : paperText('vignette.age', { band });
  const region = regionName(facts.countryOfOrigin);
  const profile: VignetteLine = {
    id: 'profile',
    kind: 'profile',
    levels: [
      ...(region ? [paperText('vignette.profile.full', { person, age, region })] : []),
      paperText('vignette.profile.noRegion', { person, age }),
      paperText('vignette.profile.general'),
    ],
    level: 0,
    text: null,
    removed: false,
  };
  const events: { line: VignetteLine; month: number }[] = [
    line('intake', 0, [
      paperText('vignette.intake.route', { route: label('accessRoute', facts.accessRoute) }),
      paperText('vignette.intake'),
    ]),
  ];
  facts.statuses.forEach((status, index) => {
    const on = status.validFrom ?? todayIn(new Date(status.createdAt));
    events.push(
      line(`status-${index}`, monthsBetween(intake, on), [
        paperText('vignette.status', { status: label('residenceStatus', status.status) }),
        paperText('vignette.status.general'),
      ]),
    );
  });
  facts.goals.forEach((goal, index) => {
    if (goal.agreedOn === null) return;
    const field = label('fieldOfAction', goal.field);
    events.push(
      line(`goal-${index}`, monthsBetween(intake, goal.agreedOn), [
        paperText(goal.status === 'achieved' ? 'vignette.goal.reached' : 'vignette.goal', { field }),
        paperText('vignette.goal.general'),
      ]),
    );
  });
  facts.referrals.forEach((referral, index) => {
    events.push(
      line(`referral-${index}`, monthsBetween(intake, referral.referredOn), [
        paperText('vignette.referral', { offer: label('offerKind', referral.offerKind), result: label('referralResult', referral.result) }),
        paperText('vignette.referral.general'),
      ]),
    );
  });
  facts.trainingStarts.forEach((startsOn, index) => {
    events.push(line(`training-${index}`, monthsBetween(intake, startsOn), [paperText('vignette.training')]));
  });
  if (facts.closure) {
    const { closedOn, reason, whereabouts } = facts.closure;
    events.push(
      line('closure', monthsBetween(intake, closedOn), [
        paperText('vignette.closure', { reason: label('closureReason', reason), whereabouts: label('whereabouts', whereabouts) }),
        paperText('vignette.closure.general'),
      ]),
    );
  }
  const ordered = events.map((event, index) => ({ ...event, index })).sort((a, b) => a.month - b.month || a.index - b.index);
  return [profile, ...ordered.map((event) => event.line)];
}

/** The lines with the counsellor's choices applied; own lines (`own-…`) appended in the order sent. */
export function applyChoices(proposed: readonly VignetteLine[], choices: readonly VignetteChoice[]): VignetteLine[] {
  const byId = new Map(choices.map((choice) => [choice.id, choice]));
  const lines = proposed.map((proposal) => {
    const choice = byId.get(proposal.id);
    if (!choice) return proposal;
    const text = choice.text?.trim() ? choice.text.trim() : null;
    return { ...proposal, level: Math.min(choice.level, proposal.levels.length - 1), text, removed: choice.removed };
  });
  for (const choice of choices) {
    if (!choice.id.startsWith('own-')) continue;
    const text = choice.text?.trim() ?? '';
    if (text === '' && !choice.removed) throw new AppError('INVALID_INPUT', { messageKey: 'papers.error.vignetteOwnText' });
    lines.push({ id: choice.id, kind: 'own', levels: [text], level: 0, text, removed: choice.removed });
  }
  return lines;
}

export function lineText(line: VignetteLine): string {
  return line.text ?? line.levels[line.level] ?? line.levels.at(-1) ?? '';
}

const MONTHS = 'Januar|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const EXACT_DATE = new RegExp(
  `\\b\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(\\d{4}|\\d{2})\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\s?(${MONTHS})\\s+\\d{4}`,
  'iu',
);

function containsWord(text: string, word: string): boolean {
  if (word.length < 2) return false;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

function birthDateForms(birthDate: string): string[] {
  const [year, month, day] = birthDate.split('-') as [string, string, string];
  const short = (part: string) => String(Number(part));
  return [birthDate, `${day}.${month}.${year}`, `${short(day)}.${short(month)}.${year}`, `${day}.${month}.${year.slice(2)}`];
}

/** What typed text may give away: the person's names, birth date, case code, partner names, any exact date. */
export function scanText(text: string, facts: CaseFacts, partnerNames: readonly string[]): VignetteFinding[] {
  const found = new Set<VignetteFinding>();
  const normalised = text.normalize('NFKC');
  const names = `${facts.givenNames} ${facts.familyName}`.normalize('NFKC').split(/[\s-]+/);
  if (names.some((name) => containsWord(normalised, name))) found.add('name');
  if (facts.birthDate && birthDateForms(facts.birthDate).some((form) => normalised.includes(form))) found.add('birthDate');
  if (normalised.toLocaleLowerCase('de').includes(facts.code.toLocaleLowerCase('de'))) found.add('caseCode');
  if (
    partnerNames.some((name) => name.trim().length >= 3 && normalised.toLocaleLowerCase('de').includes(name.trim().toLocaleLowerCase('de')))
  )
    found.add('partnerName');
  if (EXACT_DATE.test(normalised)) found.add('exactDate');
  return [...found];
}

function statedTraits(lines: readonly VignetteLine[], facts: CaseFacts): Traits {
  const profile = lines.find((line) => line.id === 'profile' && !line.removed);
  const hasRegion = profile !== undefined && profile.levels.length === 3;
  const level = profile?.level ?? 2;
  // With no region known, the profile has two levels: 0 gender and band, 1 nothing.
  const states = (what: 'region' | 'genderBand') =>
    profile !== undefined && (what === 'region' ? hasRegion && level === 0 : level < (hasRegion ? 2 : 1));
  const statuses = facts.statuses
    .map((status, index) => ({ status: status.status, line: lines.find((line) => line.id === `status-${index}`) }))
    .filter((entry) => entry.line !== undefined && !entry.line.removed && entry.line.level === 0)
    .map((entry) => entry.status);
  return {
    gender: states('genderBand') ? genderGroup(facts.gender) : null,
    band: states('genderBand') ? ageBand(facts.birthDate, facts.intakeDate) : null,
    region: states('region') ? subRegionOf(facts.countryOfOrigin ?? 'XX') : null,
    statuses,
  };
}

function isSubsequence(wanted: readonly string[], path: readonly string[]): boolean {
  let at = 0;
  for (const status of path) if (status === wanted[at]) at += 1;
  return at === wanted.length;
}

export function checkVignette(
  lines: readonly VignetteLine[],
  facts: CaseFacts,
  context: {
    partnerNames: readonly string[];
    vault: readonly { gender: string; birthDate: string | null; intakeDate: string; countryOfOrigin: string | null; statuses: string[] }[];
  },
): VignetteCheck {
  const warnings = lines
    .filter((line) => !line.removed && line.text !== null)
    .map((line) => ({ lineId: line.id, findings: scanText(line.text ?? '', facts, context.partnerNames) }))
    .filter((warning) => warning.findings.length > 0);
  const traits = statedTraits(lines, facts);
  const matching = context.vault.filter(
    (other) =>
      (traits.gender === null || genderGroup(other.gender) === traits.gender) &&
      (traits.band === null || ageBand(other.birthDate, other.intakeDate) === traits.band) &&
      (traits.region === null || subRegionOf(other.countryOfOrigin ?? 'XX') === traits.region) &&
      isSubsequence(traits.statuses, other.statuses),
  ).length;
  const isRare = matching < VIGNETTE_RARITY_THRESHOLD;
  const rareBy = isRare
    ? lines
        .filter(
          (line) =>
            !line.removed &&
            (line.id === 'profile' ? line.level < line.levels.length - 1 : line.id.startsWith('status-') && line.level === 0),
        )
        .map((line) => line.id)
    : [];
  return { warnings, isRare, rareBy };
}

export function vignetteDraft(
  facts: CaseFacts,
  choices: readonly VignetteChoice[],
  context: Parameters<typeof checkVignette>[2],
): VignetteDraft {
  const lines = applyChoices(proposeLines(facts), choices);
  return { lines, check: checkVignette(lines, facts, context) };
}
