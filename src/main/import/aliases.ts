import type { ImportField, NameOrder } from '@shared/import/domain';
import { comparable } from './sheet';

/**
 * Header words German caseload lists really use, per field. Compared in `comparable` form, so
 * "Geb.-Datum", "Geb. Datum" and "gebdatum" are one alias. A header matches a field when it equals
 * an alias; the first column that matches a field gets it.
 */
export const HEADER_ALIASES: Record<ImportField, readonly string[]> = {
  fullName: [
    'Name',
    'Namen',
    'Name, Vorname',
    'Nachname, Vorname',
    'Familienname, Vorname',
    'Name Vorname',
    'Vorname Name',
    'Vorname Nachname',
    'Vor- und Nachname',
    'Vor- und Zuname',
    'Vollständiger Name',
    'Klient',
    'Klientin',
    'Klient/in',
    'Klient*in',
    'Teilnehmer',
    'Teilnehmerin',
    'Teilnehmer/in',
    'Teilnehmende',
    'Person',
  ],
  familyName: ['Nachname', 'Familienname', 'Zuname', 'Name (Nachname)', 'Surname', 'Last name', 'Family name'],
  givenNames: ['Vorname', 'Vornamen', 'Rufname', 'First name', 'Given name', 'Given names'],
  birthDate: [
    'Geburtsdatum',
    'Geb.-Datum',
    'Geb.datum',
    'Geb.',
    'Geb. am',
    'geboren',
    'geboren am',
    'Geburtstag',
    'Date of birth',
    'DOB',
    'Birth date',
  ],
  gender: ['Geschlecht', 'm/w/d', 'w/m/d', 'm/w', 'w/m', 'Gender', 'Sex'],
  nationality: [
    'Nationalität',
    'Staatsangehörigkeit',
    'Staatsangeh.',
    'Staatsang.',
    'Staatsbürgerschaft',
    'StA',
    'Nationality',
    'Citizenship',
  ],
  countryOfOrigin: ['Herkunftsland', 'Herkunft', 'Herkunftsstaat', 'Land', 'Country of origin', 'Country'],
  languages: ['Sprache', 'Sprachen', 'Sprache(n)', 'Muttersprache', 'Erstsprache', 'Languages', 'Language'],
  entryDate: ['Einreise', 'Einreisedatum', 'Einreise am', 'eingereist', 'eingereist am', 'in Deutschland seit', 'Entry date'],
  intakeDate: [
    'Eintritt',
    'Eintrittsdatum',
    'Eintritt am',
    'Aufnahme',
    'Aufnahmedatum',
    'Aufnahme am',
    'Erstkontakt',
    'Erstgespräch',
    'Fallbeginn',
    'Beginn',
    'Start',
    'Intake',
  ],
  programme: ['Programm', 'Projekt', 'Förderprogramm', 'Landesinitiative', 'Programme'],
  accessRoute: ['Zugang', 'Zugangsweg', 'Zugang über', 'vermittelt durch', 'Vermittlung', 'Zuweisung', 'Access route', 'Referred by'],
  status: ['Status', 'Aufenthaltsstatus', 'Aufenthaltstitel', 'Aufenthalt', 'Titel', 'Aufenthaltsrecht', 'Residence status'],
  statusValidFrom: ['gültig ab', 'gültig von', 'ausgestellt am', 'Status seit', 'Status ab'],
  statusValidUntil: [
    'gültig bis',
    'Duldung bis',
    'Gestattung bis',
    'Titel bis',
    'Status bis',
    'befristet bis',
    'Befristung',
    'Ablauf',
    'Ablaufdatum',
    'läuft ab',
    'Valid until',
  ],
  counsellor: [
    'Zuständig',
    'Zuständigkeit',
    'zuständig',
    'Berater',
    'Beraterin',
    'Berater/in',
    'Berater*in',
    'Betreuer',
    'Betreuerin',
    'Betreuer/in',
    'betreut von',
    'Fallverantwortlich',
    'Fallverantwortung',
    'Case Manager',
    'Case Managerin',
    'Teilhabemanager',
    'Teilhabemanagerin',
    'Counsellor',
  ],
  schoolYears: ['Schuljahre', 'Schulbesuch (Jahre)', 'Jahre Schule', 'Schulbesuch in Jahren'],
  remark: [
    'Bemerkung',
    'Bemerkungen',
    'Anmerkung',
    'Anmerkungen',
    'Notiz',
    'Notizen',
    'Kommentar',
    'Kommentare',
    'Hinweis',
    'Hinweise',
    'Sonstiges',
    'Info',
    'Remarks',
    'Notes',
  ],
};

const FIELD_BY_ALIAS: ReadonlyMap<string, ImportField> = new Map(
  (Object.entries(HEADER_ALIASES) as [ImportField, readonly string[]][]).flatMap(([field, aliases]) =>
    aliases.map((alias): [string, ImportField] => [comparable(alias), field]),
  ),
);

/** Headers of a combined name column that say the family name comes first ("Name, Vorname"). */
const FAMILY_FIRST_HEADERS = new Set(['Name, Vorname', 'Nachname, Vorname', 'Familienname, Vorname', 'Name Vorname'].map(comparable));

export function fieldOfHeader(header: string): ImportField | null {
  return FIELD_BY_ALIAS.get(comparable(header)) ?? null;
}

/**
 * A suggestion per column (null = ignore). Each field goes to its first matching column. A "Name"
 * column beside a "Vorname" column is the family name, as in "Name | Vorname" lists.
 */
export function suggestColumns(headers: readonly string[]): { fields: (ImportField | null)[]; nameOrder: NameOrder } {
  const found = headers.map(fieldOfHeader);
  const hasGivenNames = found.includes('givenNames');
  const taken = new Set<ImportField>();
  let nameOrder: NameOrder = 'givenFirst';
  const fields = found.map((field, index) => {
    let chosen = field;
    if (chosen === 'fullName' && hasGivenNames) chosen = 'familyName';
    if (chosen === null || taken.has(chosen)) return null;
    taken.add(chosen);
    if (chosen === 'fullName' && FAMILY_FIRST_HEADERS.has(comparable(headers[index] ?? ''))) nameOrder = 'familyFirst';
    return chosen;
  });
  return { fields, nameOrder };
}
