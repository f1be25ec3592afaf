import type { CaseFields, StatusInput } from '../src/shared/cases/domain';
import type { JournalInput } from '../src/shared/journal/domain';
import type { CountryCode } from '../src/shared/kernel/countries';
import { addDays, addMonths, type IsoDate } from '../src/shared/kernel/dates';
import { DEADLINE_RULES_VERSION, DEFAULT_DEADLINE_SETTINGS, deriveDeadlines, type DeadlineSettings } from '../src/shared/deadlines/rules';
import type {
  AccessRoute,
  ClosureReason,
  ContactKind,
  FieldOfAction,
  Gender,
  GoalStatus,
  OfferKind,
  PartnerKind,
  Phase,
  Programme,
  ReferralResult,
  ResidenceStatus,
  Whereabouts,
  WorkPermissionNote,
} from '../src/shared/kernel/vocabulary';
import { join } from 'node:path';
import { DATABASE_FILE_NAME, openEncryptedDatabase, type VaultDatabase } from '../src/main/kernel/db/database';
import { KEYSLOT_FILE_NAME, findRecoverySlot, openRecoverySlot, readKeySlotFile } from '../src/main/vault/keyslots';
import { parseRecoveryKey } from '../src/main/vault/recoveryKey';
import { insertCase, insertStatus, insertTrainingStart, reserveCaseCode } from '../src/main/cases/repository';
import { insertOwnDeadline, syncDerivedDeadlines, writeRulesVersion } from '../src/main/deadlines/repository';
import { insertJournalEntry } from '../src/main/journal/repository';
import { insertGoal, insertReferral, saveAssessment } from '../src/main/planning/planRepository';
import { insertPartner } from '../src/main/planning/partnerRepository';
import { insertClosure, setCaseClosedOn } from '../src/main/planning/closureRepository';

/**
 * Synthetic case files for benchmarks and E2E/renderer seeding. Deterministic: the same seed gives
 * the same cases, names and notes in every database, so the encrypted vault and its plain-SQLite
 * twin hold identical content. Every name is invented from common names of the main countries of
 * origin; nothing here is real data.
 *
 * Distributions follow what NRW programmes report for 18–27-year-olds: Duldung and Gestattung
 * dominate, Ukrainians hold § 24 permits, about 40 journal entries per case.
 */

/** mulberry32: small, fast, good enough for test data. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const weighted = <T extends string>(weights: Readonly<Record<T, number>>): T => {
    const entries = Object.entries(weights) as [T, number][];
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]?.[0] as T;
  };
  const id = (): string => Array.from({ length: 4 }, () => int(0, 0xffffffff).toString(16).padStart(8, '0')).join('');
  return { next, int, pick, weighted, id, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof createRandom>;

interface Origin {
  weight: number;
  languages: readonly string[];
  male: readonly string[];
  female: readonly string[];
  family: readonly string[];
}

const ORIGINS = {
  SY: {
    weight: 22,
    languages: ['Arabisch', 'Kurdisch (Kurmandschi)'],
    male: ['Mohammad', 'Ahmad', 'Omar', 'Khaled', 'Yousef', 'Rami', 'Bashar', 'Hassan', 'Abdulrahman'],
    female: ['Aya', 'Rama', 'Nour', 'Hiba', 'Lina', 'Sara', 'Fatima', 'Rahaf'],
    family: [
      'Al-Hassan',
      'Khalil',
      'Haddad',
      'Mansour',
      'Darwish',
      'Al-Ahmad',
      'Hamdan',
      'Suleiman',
      'Kurdi',
      'Ibrahim',
      'Al-Khatib',
      'Othman',
    ],
  },
  AF: {
    weight: 20,
    languages: ['Dari', 'Paschtu'],
    male: ['Ahmad', 'Mohammad', 'Ali', 'Mustafa', 'Hamid', 'Farid', 'Jawad', 'Sohrab', 'Naweed'],
    female: ['Zahra', 'Maryam', 'Fatima', 'Sakina', 'Parwana', 'Laila', 'Nargis', 'Shabnam'],
    family: ['Haidari', 'Ahmadi', 'Rahimi', 'Hosseini', 'Karimi', 'Noori', 'Sultani', 'Amiri', 'Rezaei', 'Wardak', 'Popal', 'Sadat'],
  },
  IQ: {
    weight: 11,
    languages: ['Arabisch', 'Kurdisch (Sorani)'],
    male: ['Ali', 'Hussein', 'Haider', 'Mustafa', 'Karwan', 'Rebin', 'Ahmed', 'Zaid'],
    female: ['Zainab', 'Shilan', 'Rawan', 'Dilan', 'Noor', 'Huda', 'Lana'],
    family: ['Al-Saadi', 'Jaff', 'Barzani', 'Hamad', 'Al-Jubouri', 'Hassan', 'Mahmoud', 'Kareem', 'Qasim', 'Khidir'],
  },
  TR: {
    weight: 10,
    languages: ['Türkisch', 'Kurdisch (Kurmandschi)'],
    male: ['Mehmet', 'Emre', 'Yusuf', 'Murat', 'Deniz', 'Baran', 'Serhat', 'Furkan'],
    female: ['Ayşe', 'Zeynep', 'Elif', 'Merve', 'Dilan', 'Rojda', 'Büşra'],
    family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Aydın', 'Öztürk', 'Doğan', 'Kılıç', 'Arslan', 'Güneş'],
  },
  GN: {
    weight: 6,
    languages: ['Französisch', 'Pular', 'Malinké'],
    male: ['Mamadou', 'Alpha', 'Ibrahima', 'Ousmane', 'Abdoulaye', 'Sekou', 'Thierno'],
    female: ['Mariama', 'Fatoumata', 'Aissatou', 'Kadiatou', 'Hawa'],
    family: ['Diallo', 'Barry', 'Bah', 'Camara', 'Sow', 'Condé', 'Keita', 'Soumah', 'Touré', 'Sylla'],
  },
  IR: {
    weight: 6,
    languages: ['Persisch (Farsi)'],
    male: ['Amir', 'Reza', 'Mehdi', 'Arash', 'Behnam', 'Saeed', 'Pouya'],
    female: ['Shirin', 'Niloofar', 'Mahsa', 'Parisa', 'Leila', 'Yasaman'],
    family: ['Mohammadi', 'Rostami', 'Jafari', 'Ghorbani', 'Moradi', 'Kazemi', 'Sadeghi', 'Rahmani', 'Abbasi', 'Karimzadeh'],
  },
  ER: {
    weight: 5,
    languages: ['Tigrinya', 'Arabisch'],
    male: ['Yonas', 'Dawit', 'Filmon', 'Robel', 'Biniam', 'Tesfalem', 'Merhawi'],
    female: ['Helen', 'Senait', 'Luwam', 'Selam', 'Winta', 'Feven'],
    family: ['Tesfay', 'Gebremedhin', 'Haile', 'Tekle', 'Berhane', 'Ghebreyesus', 'Mehari', 'Kidane', 'Woldu', 'Habte'],
  },
  SO: {
    weight: 4,
    languages: ['Somali', 'Arabisch'],
    male: ['Abdirahman', 'Mohamed', 'Abdullahi', 'Ahmed', 'Hassan', 'Yusuf', 'Abdikarim'],
    female: ['Hodan', 'Fadumo', 'Ayaan', 'Sahra', 'Hibo', 'Amina'],
    family: ['Warsame', 'Farah', 'Abdi', 'Hussein', 'Mohamud', 'Jama', 'Osman', 'Aden', 'Egal', 'Nur'],
  },
  NG: {
    weight: 5,
    languages: ['Englisch', 'Yoruba', 'Igbo'],
    male: ['Chinedu', 'Emeka', 'Oluwaseun', 'Ibrahim', 'Samuel', 'Tunde', 'Godwin'],
    female: ['Blessing', 'Chioma', 'Ngozi', 'Aisha', 'Precious', 'Favour'],
    family: ['Okafor', 'Adeyemi', 'Eze', 'Okonkwo', 'Bello', 'Ogunleye', 'Nwosu', 'Balogun', 'Obi', 'Uche'],
  },
  UA: {
    weight: 7,
    languages: ['Ukrainisch', 'Russisch'],
    male: ['Oleksandr', 'Dmytro', 'Andrii', 'Maksym', 'Artem', 'Bohdan', 'Mykyta'],
    female: ['Anastasiia', 'Daria', 'Yuliia', 'Kateryna', 'Sofiia', 'Viktoriia'],
    family: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Melnyk', 'Kravchenko', 'Boiko', 'Oliinyk', 'Lysenko', 'Moroz'],
  },
  RU: {
    weight: 2,
    languages: ['Russisch', 'Tschetschenisch'],
    male: ['Magomed', 'Ruslan', 'Islam', 'Adam', 'Timur'],
    female: ['Madina', 'Kheda', 'Aminat', 'Zarema'],
    family: ['Magomedov', 'Umarov', 'Dudayev', 'Saidov', 'Khasanov', 'Aliev'],
  },
  XK: {
    weight: 2,
    languages: ['Albanisch', 'Serbisch'],
    male: ['Arben', 'Besart', 'Driton', 'Leutrim', 'Valon'],
    female: ['Albina', 'Blerta', 'Drita', 'Elira', 'Vjosa'],
    family: ['Krasniqi', 'Gashi', 'Berisha', 'Morina', 'Shala', 'Hoxha'],
  },
} as const satisfies Partial<Record<CountryCode, Origin>>;
type OriginCode = keyof typeof ORIGINS;
const ORIGIN_WEIGHTS = Object.fromEntries(Object.entries(ORIGINS).map(([code, origin]) => [code, origin.weight])) as Record<
  OriginCode,
  number
>;

const STATUS_WEIGHTS: Readonly<Partial<Record<ResidenceStatus, number>>> = {
  duldung60a: 30,
  gestattung55: 24,
  duldung60b: 5,
  duldung60c: 5,
  duldung60d: 2,
  ae104c: 6,
  ae25a: 6,
  ae25abs1to3: 9,
  ae25abs5: 4,
  ae16g: 1,
  ae25b: 1,
  aeOther: 3,
  settlementPermit: 1,
  unknown: 3,
};

/** How long a document of this status usually runs, in months (Duldungen are short). */
function validityMonths(status: ResidenceStatus, random: Random): number {
  if (status.startsWith('duldung')) return random.pick([3, 3, 6, 6, 6, 12]);
  if (status === 'gestattung55') return random.pick([3, 6, 6]);
  if (status === 'ae104c') return 18;
  if (status === 'ae24') return random.pick([12, 24]);
  return random.pick([12, 24, 36]);
}

const WORK_PERMISSION: Readonly<Partial<Record<ResidenceStatus, WorkPermissionNote>>> = {
  duldung60a: 'employmentWithApproval',
  duldung60b: 'gainfulActivityNotPermitted',
  duldung60c: 'employmentPermitted',
  duldung60d: 'employmentPermitted',
  gestattung55: 'employmentWithApproval',
};

const PROGRAMMES: Readonly<Record<Programme, number>> = { kim: 50, teilhabemanagement: 30, durchstarten: 20 };
const ACCESS_ROUTES: Readonly<Record<AccessRoute, number>> = {
  immigrationOffice: 22,
  jobcenter: 14,
  socialWelfareOffice: 12,
  selfReferral: 14,
  jmdMbe: 12,
  school: 10,
  accommodation: 9,
  volunteer: 4,
  other: 3,
};
const PHASES: Readonly<Record<Phase, number>> = {
  intake: 8,
  assessment: 12,
  planning: 15,
  implementation: 45,
  evaluation: 10,
  closure: 5,
  aftercare: 5,
};
const CONTACT_KINDS: Readonly<Record<ContactKind, number>> = {
  inPerson: 50,
  phone: 22,
  digital: 12,
  accompaniment: 8,
  outreach: 6,
  caseConference: 2,
  // File notes come from imports, not from the synthetic caseload.
  note: 0,
};
const FIELDS: readonly FieldOfAction[] = [
  'residence',
  'language',
  'education',
  'vocationalTraining',
  'work',
  'housing',
  'health',
  'financesBenefits',
  'family',
  'socialLeisure',
];

/** Sentences of a counsellor's note; `{name}` is the given name, `{agency}` an agency. */
const NOTE_SENTENCES: Readonly<Record<FieldOfAction, readonly string[]>> = {
  residence: [
    'Duldung wurde um drei Monate verlängert, nächster Termin bei der Ausländerbehörde vereinbart.',
    'Mit {name} die Unterlagen zur Passbeschaffung durchgesehen; Mitwirkungspflichten erklärt.',
    'Antrag auf Ausbildungsduldung vorbereitet, Ausbildungsvertrag liegt in Kopie vor.',
    'Beratung zum Chancen-Aufenthaltsrecht und zu den Voraussetzungen für § 25a.',
    'Fiktionsbescheinigung abgeholt, Kopie für die Akte eingesehen.',
    'Anhörungstermin beim BAMF besprochen, Kontakt zur Verfahrensberatung hergestellt.',
  ],
  language: [
    '{name} hat den B1-Kurs begonnen und ist motiviert; Fahrtkosten geklärt.',
    'Anmeldung zum Integrationskurs mit Kinderbetreuung, Wartezeit etwa vier Monate.',
    'Ergebnis DTZ: A2 erreicht, Wiederholung für B1 angemeldet.',
    'Berufssprachkurs über die Agentur für Arbeit beantragt.',
  ],
  education: [
    'Zeugnisse aus dem Herkunftsland zur Anerkennung bei der Bezirksregierung eingereicht.',
    'Gespräch mit der Klassenleitung am Berufskolleg über Fehlzeiten.',
    'Anmeldung zur Internationalen Förderklasse besprochen.',
  ],
  vocationalTraining: [
    'Bewerbung für eine Ausbildung als Fachkraft für Lagerlogistik abgeschickt.',
    'Praktikum im Handwerksbetrieb vereinbart, Rückmeldung des Betriebs positiv.',
    'Einstiegsqualifizierung bei der IHK angefragt, Unterlagen vollständig.',
    '{name} hat eine Zusage für die Ausbildung zur Pflegefachfrau erhalten.',
  ],
  work: [
    'Beschäftigungserlaubnis für den Minijob beantragt, Arbeitgeberbescheinigung liegt vor.',
    'Lebenslauf überarbeitet und Bewerbungstraining beim Job Service vereinbart.',
    'Arbeitsvertrag durchgesprochen, Probezeit und Lohn erklärt.',
  ],
  housing: [
    'Wohnungssuche: zwei Besichtigungen, Mietbescheinigung vom Sozialamt angefordert.',
    'Konflikte in der Gemeinschaftsunterkunft, Gespräch mit der Heimleitung geführt.',
    'Wohnsitzauflage geprüft, Antrag auf Umverteilung wegen Ausbildungsplatz besprochen.',
  ],
  health: ['Termin bei der psychosozialen Beratungsstelle vermittelt.', 'Krankenschein beim Sozialamt beantragt, Arzttermin vereinbart.'],
  financesBenefits: [
    'Bescheid nach AsylbLG erklärt, Widerspruchsfrist notiert.',
    'Antrag auf Leistungen nach SGB II beim Jobcenter begleitet.',
    'Schulden beim Mobilfunkanbieter besprochen, Termin bei der Schuldnerberatung.',
  ],
  family: [
    'Familiennachzug besprochen, Kontakt zur Migrationsberatung hergestellt.',
    '{name} macht sich Sorgen um die Familie im Herkunftsland, Entlastungsgespräch.',
  ],
  socialLeisure: [
    'Kontakt zum Sportverein vermittelt, {name} trainiert jetzt zweimal pro Woche.',
    'Ehrenamtliche Patenschaft über die Freiwilligenagentur angefragt.',
  ],
};
const CLOSINGS = [
  'Nächster Termin in zwei Wochen.',
  'Rückmeldung per Telefon vereinbart.',
  'Dolmetscher war anwesend.',
  'Termin wurde kurzfristig verschoben.',
  '{name} kam pünktlich und gut vorbereitet.',
  'Unterlagen gehen an {agency}.',
];
const AGENCIES = [
  'das Jobcenter',
  'die Ausländerbehörde',
  'den Jugendmigrationsdienst',
  'die Agentur für Arbeit',
  'das Sozialamt',
  'das Berufskolleg',
];

const PARTNERS: readonly { name: string; kind: PartnerKind }[] = [
  { name: 'Jobcenter – Team U25', kind: 'jobcenter' },
  { name: 'Ausländerbehörde', kind: 'immigrationOffice' },
  { name: 'Agentur für Arbeit – Berufsberatung', kind: 'employmentAgency' },
  { name: 'Jugendmigrationsdienst', kind: 'youthMigrationService' },
  { name: 'Caritas Migrationsberatung', kind: 'migrationAdviceAdults' },
  { name: 'Berufskolleg Nord', kind: 'school' },
  { name: 'VHS Integrationskurse', kind: 'courseProvider' },
  { name: 'Handwerkskammer – Passgenaue Besetzung', kind: 'chamber' },
  { name: 'Diakonie Flüchtlingsberatung', kind: 'welfareAssociation' },
  { name: 'Psychosoziales Zentrum', kind: 'counsellingCentre' },
  { name: 'Sozialamt – Wohnungshilfe', kind: 'municipalOffice' },
  { name: 'Schuldnerberatung AWO', kind: 'counsellingCentre' },
];
const OFFERS_BY_PARTNER: Readonly<Partial<Record<PartnerKind, OfferKind>>> = {
  jobcenter: 'jobPlacement',
  immigrationOffice: 'legalAdvice',
  employmentAgency: 'trainingPlacement',
  youthMigrationService: 'migrationAdvice',
  migrationAdviceAdults: 'migrationAdvice',
  school: 'schoolEducation',
  courseProvider: 'languageCourse',
  chamber: 'vocationalPreparation',
  welfareAssociation: 'legalAdvice',
  counsellingCentre: 'healthPsychosocial',
  municipalOffice: 'housingSupport',
};

export interface SeedOptions {
  /** How many cases. */
  count: number;
  /** The counsellor(s) the cases are assigned to and whose journal entries they are; existing user ids. */
  counsellorIds: readonly string[];
  seed?: number;
  /** Average journal entries per case (±25 %). */
  entriesPerCase?: number;
  /** The day the data is "as of" (intake dates and notes lie before it). */
  today?: IsoDate;
  prefix?: string;
  /** Cases per transaction. */
  batchSize?: number;
  deadlineSettings?: DeadlineSettings;
}

export interface SeedResult {
  cases: number;
  journalEntries: number;
  caseIds: string[];
}

function isoAt(date: IsoDate): string {
  return `${date}T09:00:00.000Z`;
}

/**
 * Fills a migrated vault database with synthetic cases through the core's repositories, in bulk
 * transactions (no access-log entry per case: seeding is not a user's action). Works on the
 * encrypted vault and on a plain SQLite file with the same schema alike.
 */
export function seedCases(db: VaultDatabase, options: SeedOptions): SeedResult {
  const random = createRandom(options.seed ?? 20261121);
  const today = options.today ?? '2026-11-21';
  const entriesPerCase = options.entriesPerCase ?? 40;
  const prefix = options.prefix ?? 'BEN';
  const batchSize = options.batchSize ?? 500;
  const settings = options.deadlineSettings ?? { ...DEFAULT_DEADLINE_SETTINGS };
  // Seeded deadlines come from today's rules: the core must not derive them again at unlock.
  db.transaction(() => writeRulesVersion(db, DEADLINE_RULES_VERSION))();
  const partnerIds = db.transaction(() =>
    PARTNERS.map((partner) => {
      const existing: unknown = db.prepare('SELECT id FROM partners WHERE name = ?').pluck().get(partner.name);
      if (typeof existing === 'string') return { id: existing, kind: partner.kind };
      const id = random.id();
      insertPartner(db, { id, partner: { name: partner.name, kind: partner.kind, contact: 'Zentrale' }, at: isoAt(today) });
      return { id, kind: partner.kind };
    }),
  )();

  const caseIds: string[] = [];
  let journalEntries = 0;
  const seedOne = () => {
    const originCode = random.weighted(ORIGIN_WEIGHTS);
    const origin: Origin = ORIGINS[originCode];
    const gender: Gender = random.chance(0.68) ? 'male' : random.chance(0.97) ? 'female' : random.pick(['diverse', 'notStated'] as const);
    const givenNames = gender === 'female' ? random.pick(origin.female) : random.pick(origin.male);
    const familyName = random.pick(origin.family);
    const age = random.chance(0.03) ? random.pick([17, 28]) : random.int(18, 27);
    const birthDate = addDays(addMonths(today, -12 * age), -random.int(0, 364));
    const intakeDate = addDays(today, -random.int(0, 730));
    const entryDate = addDays(intakeDate, -random.int(60, 2200));
    const status: ResidenceStatus =
      originCode === 'UA'
        ? random.chance(0.9)
          ? 'ae24'
          : 'gestattung55'
        : random.weighted(STATUS_WEIGHTS as Record<ResidenceStatus, number>);
    const fields: CaseFields = {
      familyName,
      givenNames,
      birthDate: birthDate > entryDate ? addDays(entryDate, -400) : birthDate,
      gender,
      nationalities: [originCode],
      countryOfOrigin: originCode,
      languages: [...origin.languages.slice(0, random.int(1, origin.languages.length)), ...(random.chance(0.3) ? ['Deutsch'] : [])],
      interpreterNeeded: random.chance(0.45),
      entryDate: entryDate < birthDate ? null : entryDate,
      housing: random.pick([
        'communalAccommodation',
        'communalAccommodation',
        'ownFlat',
        'sharedFlat',
        'withFamilyOrFriends',
        'supportedHousing',
      ] as const),
      benefits:
        status === 'gestattung55' || status.startsWith('duldung')
          ? random.pick(['asylblg3', 'asylblg2'] as const)
          : random.pick(['sgb2', 'sgb2', 'none'] as const),
      schoolYears: random.int(0, 13),
      schoolCertificate: random.chance(0.3) ? 'Hauptschulabschluss (Klasse 9)' : null,
      schoolCountry: originCode,
      germanLevel: random.pick(['none', 'A1', 'A2', 'A2', 'B1', 'B1', 'B2'] as const),
      germanCertificate: random.chance(0.25) ? 'DTZ A2/B1' : null,
      workExperience: random.chance(0.4)
        ? random.pick(['Landwirtschaft', 'Friseur', 'Bau', 'Gastronomie', 'Schneiderei', 'Kfz-Werkstatt'])
        : null,
      programme: random.weighted(PROGRAMMES),
      accessRoute: random.weighted(ACCESS_ROUTES),
      intakeDate,
      phase: random.weighted(PHASES),
      specialCategoryNotes: null,
    };
    const caseId = random.id();
    const code = reserveCaseCode(db, prefix, Number(intakeDate.slice(0, 4)));
    const counsellorId = random.pick(options.counsellorIds);
    insertCase(db, { id: caseId, code, fields, counsellorId, recordKey: random.int(0, 0xffffffff), at: isoAt(intakeDate) });
    caseIds.push(caseId);

    // Status history: an older record or two, then the current one.
    const statuses: { id: string; status: ResidenceStatus; validFrom: IsoDate | null; validUntil: IsoDate | null }[] = [];
    const history = random.int(1, 3);
    let validUntil = addDays(today, random.int(-30, 200));
    for (let index = 0; index < history; index += 1) {
      const current = index === 0 ? status : random.chance(0.6) ? status : 'gestattung55';
      const months = validityMonths(current, random);
      const validFrom = addMonths(validUntil, -months);
      const input: StatusInput = {
        status: current,
        validFrom,
        validUntil: current === 'settlementPermit' || current === 'unknown' ? null : validUntil,
        workPermission: WORK_PERMISSION[current] ?? 'gainfulActivityPermitted',
        residenceObligation: random.pick(['yes', 'no', 'unknown'] as const),
        identityClarified: current === 'duldung60b' ? 'no' : random.pick(['yes', 'yes', 'inProgress'] as const),
        documentSeenOn: validFrom <= today ? validFrom : null,
      };
      const statusId = random.id();
      insertStatus(db, { ...input, id: statusId, caseId, at: isoAt(validFrom < intakeDate ? intakeDate : validFrom) });
      statuses.push({ id: statusId, status: current, validFrom, validUntil: input.validUntil });
      validUntil = addDays(validFrom, -1);
    }
    const trainingStarts =
      status.startsWith('duldung') && random.chance(0.25) ? [{ id: random.id(), startsOn: `${Number(today.slice(0, 4)) + 1}-08-01` }] : [];
    for (const training of trainingStarts)
      insertTrainingStart(db, {
        id: training.id,
        caseId,
        startsOn: training.startsOn,
        description: 'Ausbildungsbeginn',
        at: isoAt(intakeDate),
      });
    syncDerivedDeadlines(
      db,
      caseId,
      deriveDeadlines({ birthDate: fields.birthDate, statuses: [...statuses].reverse(), trainingStarts, settings }),
      isoAt(intakeDate),
    );
    if (random.chance(0.3))
      insertOwnDeadline(db, {
        id: random.id(),
        caseId,
        kind: 'appointment',
        title: 'Termin Ausländerbehörde',
        dueOn: addDays(today, random.int(-5, 40)),
        at: isoAt(intakeDate),
      });

    // Journal: dates spread between intake and today, oldest first.
    const entries = Math.max(1, Math.round(entriesPerCase * (0.75 + random.next() * 0.5)));
    const span = Math.max(1, Math.round((Date.parse(today) - Date.parse(intakeDate)) / 86_400_000));
    for (let index = 0; index < entries; index += 1) {
      const occurredOn = addDays(intakeDate, Math.floor((span * index) / entries));
      const kind = random.weighted(CONTACT_KINDS);
      const topics = [random.pick(FIELDS), ...(random.chance(0.4) ? [random.pick(FIELDS)] : [])].filter(
        (topic, position, all) => all.indexOf(topic) === position,
      );
      const sentences = topics.flatMap((topic) => [random.pick(NOTE_SENTENCES[topic])]);
      if (random.chance(0.6)) sentences.push(random.pick(NOTE_SENTENCES[random.pick(FIELDS)]));
      sentences.push(random.pick(CLOSINGS));
      const input: JournalInput = {
        occurredOn,
        durationMinutes: random.pick([15, 30, 30, 45, 60, 90]),
        kind,
        interpreter: fields.interpreterNeeded && random.chance(0.7),
        topics,
        participants: kind === 'caseConference' ? ['Jobcenter', 'Ausländerbehörde'] : [],
        note: sentences.join(' ').replaceAll('{name}', givenNames).replaceAll('{agency}', random.pick(AGENCIES)),
      };
      insertJournalEntry(db, { id: random.id(), caseId, authorId: counsellorId, at: isoAt(occurredOn), input });
      journalEntries += 1;
    }

    // Plan: a few assessed fields, goals and referrals.
    const assessed = FIELDS.filter(() => random.chance(0.35));
    for (const field of assessed) {
      saveAssessment(
        db,
        caseId,
        {
          field,
          resources: 'Motiviert, gute Unterstützung durch die Familie.',
          needs: random.pick(NOTE_SENTENCES[field]).replaceAll('{name}', givenNames),
          hasNeed: random.chance(0.7),
          priority: random.pick(['high', 'medium', 'low', null] as const),
        },
        isoAt(intakeDate),
      );
    }
    for (let index = random.int(0, 3); index > 0; index -= 1) {
      const agreedOn = addDays(intakeDate, random.int(7, 60));
      if (agreedOn > today) break;
      const goalStatus: GoalStatus = random.pick(['open', 'open', 'partial', 'achieved', 'abandoned'] as const);
      insertGoal(db, {
        id: random.id(),
        caseId,
        goal: {
          field: random.pick(FIELDS),
          wording: 'Ausbildungsplatz für August finden',
          agreedOn,
          targetDate: addMonths(agreedOn, 6),
          status: goalStatus,
        },
        at: isoAt(agreedOn),
      });
    }
    for (let index = random.int(0, 2); index > 0; index -= 1) {
      const partner = random.pick(partnerIds);
      const referredOn = addDays(intakeDate, random.int(7, 90));
      if (referredOn > today) break;
      const result: ReferralResult = random.pick(['open', 'accepted', 'accepted', 'completed', 'declined', 'discontinued'] as const);
      insertReferral(db, {
        id: random.id(),
        caseId,
        referral: {
          partnerId: partner.id,
          offerKind: OFFERS_BY_PARTNER[partner.kind] ?? 'other',
          referredOn,
          result,
          note: '',
          // Synthetic referrals model no releases: like referrals from before the question, they claim neither answer.
          withoutRelease: null,
        },
        at: isoAt(referredOn),
      });
    }

    // About one case in ten is closed.
    if (fields.phase === 'closure' || fields.phase === 'aftercare' || random.chance(0.03)) {
      const closedOn = addDays(today, -random.int(0, Math.min(60, span)));
      const reason: ClosureReason = random.pick([
        'goalsAchieved',
        'transferToStandardServices',
        'relocation',
        'lostContact',
        'ageLimitOrProgrammeEnd',
      ] as const);
      const whereabouts: Whereabouts = random.pick([
        'vocationalTraining',
        'entryQualification',
        'employment',
        'languageCourse',
        'unknown',
      ] as const);
      insertClosure(db, {
        id: random.id(),
        caseId,
        closure: {
          closedOn,
          reason,
          whereabouts,
          statusAtClosure: null,
          aftercareUntil: fields.phase === 'aftercare' ? addMonths(closedOn, 6) : null,
        },
        statusAtClosure: status,
        at: isoAt(closedOn),
      });
      setCaseClosedOn(db, caseId, closedOn, isoAt(closedOn));
      syncDerivedDeadlines(db, caseId, [], isoAt(closedOn));
    }
  };

  for (let done = 0; done < options.count; done += batchSize) {
    const size = Math.min(batchSize, options.count - done);
    db.transaction(() => {
      for (let index = 0; index < size; index += 1) seedOne();
    })();
  }
  return { cases: options.count, journalEntries, caseIds };
}

/** Realistic things counsellors search for: names, authorities, statuses, prefixes. */
export const SEARCH_TERMS = [
  'Duldung',
  'Ausbildung',
  'Haidari',
  'Integrationskurs',
  'Jobcenter Termin',
  'Passbeschaffung',
  'Wohnung',
  'Diallo',
  'Ausländer',
  'Praktikum Handwerk',
  'Kovalenko',
  'Fiktion',
  'Schuldner',
  'Yılmaz',
  'Berufskolleg',
] as const;

/**
 * Opens a vault folder's database with the recovery key (as a data-protection officer would with
 * SQLCipher tools), for seeding a vault that a core has set up and then locked — E2E and renderer
 * benches use it: `seedVaultFolder(vaultDir, recoveryKey, { count: 5000 })`. The caller closes `db`
 * and should wipe `dataKey` when done.
 */
export function openVaultFolder(vaultDir: string, recoveryKey: string): { db: VaultDatabase; dataKey: Buffer } {
  const slots = readKeySlotFile(join(vaultDir, KEYSLOT_FILE_NAME));
  const slot = slots && findRecoverySlot(slots);
  const dataKey = slots && slot ? openRecoverySlot(slots.vaultId, slot, parseRecoveryKey(recoveryKey)) : null;
  if (!dataKey) throw new Error('the recovery key does not open this vault');
  return { db: openEncryptedDatabase(join(vaultDir, DATABASE_FILE_NAME), dataKey, { create: false }), dataKey };
}

/** Seeds a locked vault folder with `count` synthetic cases assigned to its counsellor account(s). */
export function seedVaultFolder(
  vaultDir: string,
  recoveryKey: string,
  options: Omit<SeedOptions, 'counsellorIds'> & { counsellorIds?: readonly string[] },
): SeedResult {
  const { db, dataKey } = openVaultFolder(vaultDir, recoveryKey);
  // A large page cache for the bulk insert only (this connection is closed afterwards).
  db.pragma('cache_size = -131072');
  try {
    const counsellorIds =
      options.counsellorIds ??
      (db.prepare(`SELECT id FROM users WHERE role = 'counsellor' AND disabled_at IS NULL ORDER BY created_at`).pluck().all() as string[]);
    if (counsellorIds.length === 0) throw new Error('the vault has no counsellor account');
    return seedCases(db, { ...options, counsellorIds });
  } finally {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    dataKey.fill(0);
  }
}
