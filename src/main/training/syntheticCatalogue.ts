import type { CountryCode } from '@shared/kernel/countries';
import {
  FIELDS_OF_ACTION,
  type AccessRoute,
  type ContactKind,
  type FieldOfAction,
  type OfferKind,
  type PartnerKind,
  type Phase,
  type Programme,
  type ResidenceStatus,
  type WorkPermissionNote,
} from '@shared/kernel/vocabulary';
import type { Random } from './random';

/**
 * What synthetic case files are made of: invented names from common names of the main countries of
 * origin, the mix of statuses, programmes and access routes NRW programmes report for 18–27-year-olds,
 * and sentences of a counsellor's notes. Nothing here is real data.
 */

export interface Origin {
  weight: number;
  languages: readonly string[];
  male: readonly string[];
  female: readonly string[];
  family: readonly string[];
}

export const ORIGINS = {
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
export type OriginCode = keyof typeof ORIGINS;
export const ORIGIN_WEIGHTS = Object.fromEntries(Object.entries(ORIGINS).map(([code, origin]) => [code, origin.weight])) as Record<
  OriginCode,
  number
>;

export const STATUS_WEIGHTS: Readonly<Partial<Record<ResidenceStatus, number>>> = {
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
export function validityMonths(status: ResidenceStatus, random: Random): number {
  if (status.startsWith('duldung')) return random.pick([3, 3, 6, 6, 6, 12]);
  if (status === 'gestattung55') return random.pick([3, 6, 6]);
  if (status === 'ae104c') return 18;
  if (status === 'ae24') return random.pick([12, 24]);
  return random.pick([12, 24, 36]);
}

export const WORK_PERMISSION: Readonly<Partial<Record<ResidenceStatus, WorkPermissionNote>>> = {
  duldung60a: 'employmentWithApproval',
  duldung60b: 'gainfulActivityNotPermitted',
  duldung60c: 'employmentPermitted',
  duldung60d: 'employmentPermitted',
  gestattung55: 'employmentWithApproval',
};

export const PROGRAMMES: Readonly<Record<Programme, number>> = { kim: 50, teilhabemanagement: 30, durchstarten: 20 };
export const ACCESS_ROUTES: Readonly<Record<AccessRoute, number>> = {
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
export const PHASES: Readonly<Record<Phase, number>> = {
  intake: 8,
  assessment: 12,
  planning: 15,
  implementation: 45,
  evaluation: 10,
  closure: 5,
  aftercare: 5,
};
export const CONTACT_KINDS: Readonly<Record<ContactKind, number>> = {
  inPerson: 50,
  phone: 22,
  digital: 12,
  accompaniment: 8,
  outreach: 6,
  caseConference: 2,
  // File notes come from imports, not from the synthetic caseload.
  note: 0,
};
export const FIELDS: readonly FieldOfAction[] = FIELDS_OF_ACTION;

/** Sentences of a counsellor's note; `{name}` is the given name, `{agency}` an agency. */
export const NOTE_SENTENCES: Readonly<Record<FieldOfAction, readonly string[]>> = {
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
export const CLOSINGS = [
  'Nächster Termin in zwei Wochen.',
  'Rückmeldung per Telefon vereinbart.',
  'Dolmetscher war anwesend.',
  'Termin wurde kurzfristig verschoben.',
  '{name} kam pünktlich und gut vorbereitet.',
  'Unterlagen gehen an {agency}.',
];
export const AGENCIES = [
  'das Jobcenter',
  'die Ausländerbehörde',
  'den Jugendmigrationsdienst',
  'die Agentur für Arbeit',
  'das Sozialamt',
  'das Berufskolleg',
];

export const PARTNERS: readonly { name: string; kind: PartnerKind }[] = [
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
export const OFFERS_BY_PARTNER: Readonly<Partial<Record<PartnerKind, OfferKind>>> = {
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
