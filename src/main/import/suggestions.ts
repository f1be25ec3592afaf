import type { ValueList } from '@shared/import/domain';
import {
  ACCESS_ROUTES,
  GENDERS,
  PROGRAMMES,
  RESIDENCE_STATUSES,
  type AccessRoute,
  type Gender,
  type Programme,
  type ResidenceStatus,
} from '@shared/kernel/vocabulary';
import { vocabularyDe } from '@shared/kernel/vocabulary.de';
import { vocabularyEn } from '@shared/kernel/vocabulary.en';
import { countryOfText } from './countryNames';
import { comparable } from './sheet';

/**
 * A suggestion for each distinct list value: the counsellor confirms or chooses. Besides the words
 * below, every label of the app's own lists (German and English) is recognised.
 */

function labelIndex<Code extends string>(list: string, codes: readonly Code[], words: Record<string, Code>): ReadonlyMap<string, Code> {
  const index = new Map<string, Code>();
  for (const code of codes) {
    for (const dictionary of [vocabularyDe, vocabularyEn] as Record<string, string>[]) {
      const label = dictionary[`vocab.${list}.${code}`];
      if (label) index.set(comparable(label), code);
    }
  }
  for (const [word, code] of Object.entries(words)) index.set(comparable(word), code);
  return index;
}

const GENDER_WORDS: Record<string, Gender> = {
  w: 'female',
  weibl: 'female',
  weiblich: 'female',
  f: 'female',
  fem: 'female',
  female: 'female',
  frau: 'female',
  m: 'male',
  maennl: 'male',
  männlich: 'male',
  male: 'male',
  mann: 'male',
  d: 'diverse',
  divers: 'diverse',
  diverse: 'diverse',
  x: 'diverse',
  'k. A.': 'notStated',
  'keine Angabe': 'notStated',
  unbekannt: 'notStated',
};

const PROGRAMME_WORDS: Record<string, Programme> = {
  TM: 'teilhabemanagement',
  'Gemeinsam klappt’s': 'teilhabemanagement',
  "Gemeinsam klappt's": 'teilhabemanagement',
  GK: 'teilhabemanagement',
  Durchstarten: 'durchstarten',
  DiA: 'durchstarten',
  'Durchstarten in Ausbildung und Arbeit': 'durchstarten',
  KIM: 'kim',
  'KIM-CM': 'kim',
  'KIM Case Management': 'kim',
  'Kommunales Integrationsmanagement': 'kim',
};

const ACCESS_ROUTE_WORDS: Record<string, AccessRoute> = {
  Selbstmelder: 'selfReferral',
  Selbstmeldung: 'selfReferral',
  Selbstmelderin: 'selfReferral',
  'Selbstmelder/in': 'selfReferral',
  selbst: 'selfReferral',
  Eigeninitiative: 'selfReferral',
  ABH: 'immigrationOffice',
  Ausländeramt: 'immigrationOffice',
  Ausländerbehörde: 'immigrationOffice',
  Sozialamt: 'socialWelfareOffice',
  JC: 'jobcenter',
  Jobcenter: 'jobcenter',
  JMD: 'jmdMbe',
  MBE: 'jmdMbe',
  'JMD/MBE': 'jmdMbe',
  Jugendmigrationsdienst: 'jmdMbe',
  Migrationsberatung: 'jmdMbe',
  Schule: 'school',
  Jugendamt: 'other',
  Berufskolleg: 'school',
  BK: 'school',
  Unterkunft: 'accommodation',
  GU: 'accommodation',
  Gemeinschaftsunterkunft: 'accommodation',
  Ehrenamt: 'volunteer',
  Ehrenamtliche: 'volunteer',
  sonstige: 'other',
  sonstiges: 'other',
  andere: 'other',
};

const genderIndex = labelIndex('gender', GENDERS, GENDER_WORDS);
const programmeIndex = labelIndex('programme', PROGRAMMES, PROGRAMME_WORDS);
const accessRouteIndex = labelIndex('accessRoute', ACCESS_ROUTES, ACCESS_ROUTE_WORDS);
const statusLabelIndex = labelIndex('residenceStatus', RESIDENCE_STATUSES, {});

/** Paragraph references first ("AE § 25a", "Duldung 60c", "§ 25 Abs. 5"): they are the most precise. */
const STATUS_PARAGRAPHS: readonly [RegExp, ResidenceStatus][] = [
  [/(^|\D)60b/, 'duldung60b'],
  [/(^|\D)60c/, 'duldung60c'],
  [/(^|\D)60d/, 'duldung60d'],
  [/(^|\D)60a/, 'duldung60a'],
  [/(^|\D)104c/, 'ae104c'],
  [/(^|\D)25(abs|absatz)?5(\D|$)|(^|\D)25\(5\)/, 'ae25abs5'],
  [/(^|\D)25(abs|absatz)[123](\D|$)|(^|\D)25\([123]\)/, 'ae25abs1to3'],
  [/(^|\D)25a(?!bs)/, 'ae25a'],
  [/(^|\D)25b/, 'ae25b'],
  [/(^|\D)16g/, 'ae16g'],
  [/(^|\D)24(\D|$)/, 'ae24'],
  [/(^|\D)55(\D|$)/, 'gestattung55'],
];

const STATUS_WORDS: readonly [RegExp, ResidenceStatus][] = [
  [/ausbildungsduldung/, 'duldung60c'],
  [/beschaeftigungsduldung/, 'duldung60d'],
  [/ungeklaerteidentitaet|duldunglight/, 'duldung60b'],
  [/duldung|geduldet/, 'duldung60a'],
  [/gestattung|buema|ankunftsnachweis|asylbewerber|asylsuchend|asylverfahren/, 'gestattung55'],
  [/chancen/, 'ae104c'],
  [/niederlassung|daueraufenthalt/, 'settlementPermit'],
  [/eingebuergert|einbuergerung|^deutsch/, 'naturalised'],
  [/anerkannt|fluechtlingseigenschaft|asylberechtigt|subsidiaer|abschiebungsverbot/, 'ae25abs1to3'],
  [/vorruebergehenderschutz|ukraine/, 'ae24'],
  [/aufenthaltserlaubnis|^ae$/, 'aeOther'],
  [/unbekannt|ungeklaert|unklar/, 'unknown'],
];

/** The compact form for paragraph references: lower case, no §, no law names, no spaces or dots. */
function paragraphForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/aufenthg|asylg|§/g, '')
    .replace(/[\s.]+/g, '');
}

export function suggestStatus(text: string): ResidenceStatus | null {
  const label = statusLabelIndex.get(comparable(text));
  if (label) return label;
  const compact = paragraphForm(text);
  for (const [pattern, status] of STATUS_PARAGRAPHS) if (pattern.test(compact)) return status;
  const words = comparable(text);
  for (const [pattern, status] of STATUS_WORDS) if (pattern.test(words)) return status;
  return null;
}

export interface Account {
  id: string;
  name: string;
}

/** A counsellor's name, first name, family name or initials, if exactly one account fits. */
export function suggestCounsellor(text: string, accounts: readonly Account[], selfId: string): string | null {
  const key = comparable(text);
  if (['ich', 'selbst', 'me', 'myself'].includes(key)) return selfId;
  const exact = accounts.filter((account) => comparable(account.name) === key);
  if (exact.length === 1 && exact[0]) return exact[0].id;
  const byWord = accounts.filter((account) => account.name.split(/\s+/).some((word) => comparable(word) === key));
  if (byWord.length === 1 && byWord[0]) return byWord[0].id;
  const byInitials = accounts.filter(
    (account) =>
      account.name
        .split(/\s+/)
        .map((word) => comparable(word).charAt(0))
        .join('') === key,
  );
  return byInitials.length === 1 && byInitials[0] ? byInitials[0].id : null;
}

export function suggestValue(list: ValueList, text: string, accounts: readonly Account[], selfId: string): string | null {
  switch (list) {
    case 'status':
      return suggestStatus(text);
    case 'gender':
      return genderIndex.get(comparable(text)) ?? null;
    case 'country':
      return countryOfText(text);
    case 'programme':
      return programmeIndex.get(comparable(text)) ?? null;
    case 'accessRoute':
      return accessRouteIndex.get(comparable(text)) ?? null;
    case 'counsellor':
      return suggestCounsellor(text, accounts, selfId);
  }
}
