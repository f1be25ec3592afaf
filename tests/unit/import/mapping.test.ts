import { describe, expect, test } from 'vitest';
import { HEADER_ALIASES, fieldOfHeader, suggestColumns } from '../../../src/main/import/aliases';
import { ALPHA3_TO_ALPHA2, countryOfText } from '../../../src/main/import/countryNames';
import { splitName } from '../../../src/main/import/names';
import { findHeaderRow } from '../../../src/main/import/sheet';
import { suggestCounsellor, suggestStatus, suggestValue } from '../../../src/main/import/suggestions';
import { splitMultiple, splitStatusText } from '../../../src/main/import/table';
import { IMPORT_FIELDS, type ImportField } from '../../../src/shared/import/domain';
import { COUNTRY_CODES } from '../../../src/shared/kernel/countries';

describe('column headers', () => {
  test('every alias maps to its field, in any case and with any punctuation or spacing', () => {
    const aliasCount = Object.values(HEADER_ALIASES).flat().length;
    expect(aliasCount).toBeGreaterThan(150);
    for (const field of IMPORT_FIELDS) {
      const aliases = HEADER_ALIASES[field];
      expect(aliases.length, field).toBeGreaterThan(0);
      for (const alias of aliases) {
        expect(fieldOfHeader(alias), alias).toBe(field);
        expect(fieldOfHeader(` ${alias.toUpperCase()} `), alias).toBe(field);
      }
    }
  });

  test('the header words of the issue', () => {
    const expected: Record<string, ImportField> = {
      Name: 'fullName',
      Nachname: 'familyName',
      Vorname: 'givenNames',
      'Geb.-Datum': 'birthDate',
      'Geb. Datum': 'birthDate',
      Geburtsdatum: 'birthDate',
      Nationalität: 'nationality',
      Staatsangehörigkeit: 'nationality',
      Herkunftsland: 'countryOfOrigin',
      Status: 'status',
      Aufenthaltsstatus: 'status',
      'gültig bis': 'statusValidUntil',
      'Duldung bis': 'statusValidUntil',
      Zuständig: 'counsellor',
      Eintritt: 'intakeDate',
      Aufnahme: 'intakeDate',
      Bemerkung: 'remark',
    };
    for (const [header, field] of Object.entries(expected)) expect(fieldOfHeader(header), header).toBe(field);
    expect(fieldOfHeader('Lieblingsfarbe')).toBeNull();
  });

  test('"Name" beside "Vorname" is the family name; each field goes to its first column; "Name, Vorname" says family first', () => {
    expect(suggestColumns(['Name', 'Vorname', 'Geb.-Datum']).fields).toEqual(['familyName', 'givenNames', 'birthDate']);
    expect(suggestColumns(['Name', 'Geburtsdatum', 'Geb.-Datum', 'Notiz'])).toEqual({
      fields: ['fullName', 'birthDate', null, 'remark'],
      nameOrder: 'givenFirst',
    });
    expect(suggestColumns(['Name, Vorname', 'Status']).nameOrder).toBe('familyFirst');
    expect(suggestColumns(['Vorname Name', 'Status']).nameOrder).toBe('givenFirst');
  });

  test('the header row is the first with several texts: a title above it and a note below it do not count', () => {
    const rows = [
      ['Fallliste Team Nord', null, null],
      [null, null, null],
      ['Name', 'Geb.-Datum', 'Status'],
      ['Haddad, Rami', { date: '2005-03-12' }, 'Duldung'],
    ];
    expect(findHeaderRow(rows, 20)).toBe(2);
    expect(
      findHeaderRow(
        [
          ['Name', 'Vorname'],
          ['Haddad', 'Rami'],
        ],
        20,
      ),
    ).toBe(0);
    expect(findHeaderRow([[1, 2, 3]], 20)).toBeNull();
  });
});

describe('combined names', () => {
  test('a comma puts the family name first; capitals mark it; otherwise the chosen order', () => {
    expect(splitName('Haddad, Rami', 'givenFirst')).toEqual({ ok: true, familyName: 'Haddad', givenNames: 'Rami' });
    expect(splitName('Haddad, Rami Yusuf', 'givenFirst')).toEqual({ ok: true, familyName: 'Haddad', givenNames: 'Rami Yusuf' });
    expect(splitName('Rami Haddad', 'givenFirst')).toEqual({ ok: true, familyName: 'Haddad', givenNames: 'Rami' });
    expect(splitName('Rami Yusuf Haddad', 'givenFirst')).toEqual({ ok: true, familyName: 'Haddad', givenNames: 'Rami Yusuf' });
    expect(splitName('Haddad Rami', 'familyFirst')).toEqual({ ok: true, familyName: 'Haddad', givenNames: 'Rami' });
    expect(splitName('HADDAD Rami', 'givenFirst')).toEqual({ ok: true, familyName: 'HADDAD', givenNames: 'Rami' });
    expect(splitName('Rami AL HADDAD', 'familyFirst')).toEqual({ ok: true, familyName: 'AL HADDAD', givenNames: 'Rami' });
    expect(splitName('  Amina   Haidari ', 'givenFirst')).toEqual({ ok: true, familyName: 'Haidari', givenNames: 'Amina' });
    expect(splitName('Haidari', 'givenFirst')).toEqual({ ok: false });
    expect(splitName('Haidari,', 'givenFirst')).toEqual({ ok: false });
  });
});

describe('value suggestions', () => {
  test('statuses: the issue examples, paragraphs and everyday words', () => {
    const cases: Record<string, string | null> = {
      Duldung: 'duldung60a',
      geduldet: 'duldung60a',
      'Duldung § 60a': 'duldung60a',
      Gestattung: 'gestattung55',
      Aufenthaltsgestattung: 'gestattung55',
      BüMA: 'gestattung55',
      Ankunftsnachweis: 'gestattung55',
      'AE 25a': 'ae25a',
      'AE § 25a AufenthG': 'ae25a',
      '§ 25b': 'ae25b',
      '§ 25 Abs. 5': 'ae25abs5',
      'AE 25 (5)': 'ae25abs5',
      '§ 25 Abs. 2': 'ae25abs1to3',
      anerkannt: 'ae25abs1to3',
      Ausbildungsduldung: 'duldung60c',
      '60c': 'duldung60c',
      Beschäftigungsduldung: 'duldung60d',
      'Duldung light': 'duldung60b',
      '§ 60b': 'duldung60b',
      Chancenaufenthalt: 'ae104c',
      '104c': 'ae104c',
      '16g': 'ae16g',
      'AE § 24 (Ukraine)': 'ae24',
      Niederlassungserlaubnis: 'settlementPermit',
      eingebürgert: 'naturalised',
      Aufenthaltserlaubnis: 'aeOther',
      unbekannt: 'unknown',
      'Duldung (§ 60a AufenthG)': 'duldung60a',
      Fiktionsbescheinigung: null,
    };
    for (const [text, status] of Object.entries(cases)) expect(suggestStatus(text), text).toBe(status);
  });

  test('gender, programme and access route: letters, words and the app’s own labels', () => {
    const check = (list: 'gender' | 'programme' | 'accessRoute', text: string) => suggestValue(list, text, [], 'self');
    for (const text of ['w', 'W', 'weiblich', 'f', 'female', 'Frau']) expect(check('gender', text), text).toBe('female');
    for (const text of ['m', 'männlich', 'male']) expect(check('gender', text), text).toBe('male');
    for (const text of ['d', 'divers']) expect(check('gender', text), text).toBe('diverse');
    expect(check('gender', 'keine Angabe')).toBe('notStated');
    expect(check('gender', 'q')).toBeNull();
    expect(check('programme', 'KIM')).toBe('kim');
    expect(check('programme', 'Durchstarten')).toBe('durchstarten');
    expect(check('programme', 'TM')).toBe('teilhabemanagement');
    expect(check('accessRoute', 'ABH')).toBe('immigrationOffice');
    expect(check('accessRoute', 'Ausländerbehörde')).toBe('immigrationOffice');
    expect(check('accessRoute', 'Selbstmelder')).toBe('selfReferral');
    expect(check('accessRoute', 'JMD')).toBe('jmdMbe');
  });

  test('countries: ISO codes (2 and 3 letters), German and English names, adjectives; shared names suggest nothing', () => {
    const cases: Record<string, string | null> = {
      Syrien: 'SY',
      SYR: 'SY',
      syr: 'SY',
      SY: 'SY',
      Syrian: 'SY',
      syrisch: 'SY',
      syrische: 'SY',
      Afghanistan: 'AF',
      AFG: 'AF',
      afghanisch: 'AF',
      Irak: 'IQ',
      Iraq: 'IQ',
      Eritrea: 'ER',
      Türkei: 'TR',
      Turkey: 'TR',
      Guinea: 'GN',
      'Guinea-Bissau': 'GW',
      Südkorea: 'KR',
      'Korea, Republik': 'KR',
      Elfenbeinküste: 'CI',
      Kosovo: 'XK',
      staatenlos: 'XX',
      Kongo: null,
      Atlantis: null,
    };
    for (const [text, code] of Object.entries(cases)) expect(countryOfText(text), text).toBe(code);
    // The ISO-3 table covers every country of the list (Kosovo and "stateless" included).
    expect(new Set(ALPHA3_TO_ALPHA2.values())).toEqual(new Set(COUNTRY_CODES));
  });

  test('counsellors: full name, a unique first or family name, initials; "ich" is the caller', () => {
    const accounts = [
      { id: 'u1', name: 'Chris Beratung' },
      { id: 'u2', name: 'Dana Vertretung' },
      { id: 'u3', name: 'Dana Kraus' },
    ];
    expect(suggestCounsellor('Chris Beratung', accounts, 'u1')).toBe('u1');
    expect(suggestCounsellor('chris', accounts, 'u1')).toBe('u1');
    expect(suggestCounsellor('Vertretung', accounts, 'u1')).toBe('u2');
    expect(suggestCounsellor('DK', accounts, 'u1')).toBe('u3');
    expect(suggestCounsellor('Dana', accounts, 'u1')).toBeNull();
    expect(suggestCounsellor('ich', accounts, 'u1')).toBe('u1');
    expect(suggestCounsellor('Herr Meier', accounts, 'u1')).toBeNull();
  });

  test('status with its date in one cell, several values in one cell', () => {
    expect(splitStatusText('Duldung bis 12.03.2027')).toEqual({ status: 'Duldung', until: '12.03.2027' });
    expect(splitStatusText('Duldung (bis 12.03.27)')).toEqual({ status: 'Duldung', until: '12.03.27' });
    expect(splitStatusText('Gestattung gültig bis 1.2.2027')).toEqual({ status: 'Gestattung', until: '1.2.2027' });
    expect(splitStatusText('Duldung bis 12.03.')).toEqual({ status: 'Duldung', until: '12.03.' });
    expect(splitStatusText('AE 25a')).toEqual({ status: 'AE 25a', until: '' });
    expect(splitMultiple('syrisch, irakisch')).toEqual(['syrisch', 'irakisch']);
    expect(splitMultiple('Arabisch / Kurdisch und Englisch')).toEqual(['Arabisch', 'Kurdisch', 'Englisch']);
  });
});
