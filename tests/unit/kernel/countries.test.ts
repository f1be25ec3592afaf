import { describe, expect, test } from 'vitest';
import {
  COUNTRIES,
  COUNTRY_CODES,
  M49_SUB_REGIONS,
  countryByCode,
  countryCodeSchema,
  subRegionOf,
  type M49SubRegion,
} from '../../../src/shared/kernel/countries';

const knownRegions = new Set<string>(M49_SUB_REGIONS.map((region) => region.code));

describe('country list', () => {
  test('codes are unique two-letter uppercase codes: 249 ISO 3166-1 codes plus XK and XX', () => {
    const codes = COUNTRIES.map((country) => country.code);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBe(251);
    expect([...codes].sort()).toEqual([...COUNTRY_CODES].sort());
    expect(codes).toContain('XK');
    expect(codes).toContain('XX');
  });

  test('every country has a known sub-region; every sub-region is used', () => {
    for (const country of COUNTRIES) expect(knownRegions.has(country.m49SubRegion), country.code).toBe(true);
    expect(new Set(COUNTRIES.map((country) => country.m49SubRegion))).toEqual(knownRegions);
  });

  test('sub-regions have unique ASCII codes and non-empty unique labels', () => {
    const codes = M49_SUB_REGIONS.map((region) => region.code);
    for (const code of codes) expect(code).toMatch(/^[a-zA-Z]+$/);
    expect(new Set(codes).size).toBe(codes.length);
    for (const lang of ['de', 'en'] as const) {
      const labels = M49_SUB_REGIONS.map((region) => region[lang]);
      for (const label of labels) expect(label.trim()).not.toBe('');
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  test('German and English names are non-empty, trimmed and unique', () => {
    for (const lang of ['de', 'en'] as const) {
      const names = COUNTRIES.map((country) => country[lang]);
      for (const name of names) {
        expect(name).not.toBe('');
        expect(name).toBe(name.trim());
      }
      expect(new Set(names).size).toBe(names.length);
    }
  });

  test('is sorted by German name', () => {
    const names = COUNTRIES.map((country) => country.de);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de')));
    // Umlauts sort with their base letter, not after Z.
    expect(names.indexOf('Ägypten')).toBeLessThan(names.indexOf('Albanien'));
    expect(names.indexOf('Türkei')).toBeLessThan(names.indexOf('Tuvalu'));
  });

  test('the list and its entries are frozen', () => {
    expect(Object.isFrozen(COUNTRIES)).toBe(true);
    expect(Object.isFrozen(COUNTRIES[0])).toBe(true);
  });
});

describe('main countries of origin of refugees in Germany', () => {
  const cases: [code: string, de: string, region: M49SubRegion][] = [
    ['SY', 'Syrien', 'westernAsia'],
    ['AF', 'Afghanistan', 'southernAsia'],
    ['IQ', 'Irak', 'westernAsia'],
    ['TR', 'Türkei', 'westernAsia'],
    ['IR', 'Iran', 'southernAsia'],
    ['ER', 'Eritrea', 'easternAfrica'],
    ['SO', 'Somalia', 'easternAfrica'],
    ['ET', 'Äthiopien', 'easternAfrica'],
    ['GN', 'Guinea', 'westernAfrica'],
    ['NG', 'Nigeria', 'westernAfrica'],
    ['GM', 'Gambia', 'westernAfrica'],
    ['CI', "Côte d'Ivoire", 'westernAfrica'],
    ['GE', 'Georgien', 'westernAsia'],
    ['AM', 'Armenien', 'westernAsia'],
    ['AZ', 'Aserbaidschan', 'westernAsia'],
    ['RU', 'Russische Föderation', 'easternEurope'],
    ['UA', 'Ukraine', 'easternEurope'],
    ['PK', 'Pakistan', 'southernAsia'],
    ['VN', 'Vietnam', 'southEasternAsia'],
    ['SD', 'Sudan', 'northernAfrica'],
    ['EG', 'Ägypten', 'northernAfrica'],
    ['LY', 'Libyen', 'northernAfrica'],
    ['XK', 'Kosovo', 'southernEurope'],
    ['PS', 'Palästinensische Gebiete', 'westernAsia'],
    ['XX', 'Staatenlos/ungeklärt', 'unknown'],
  ];

  test.each(cases)('%s is %s in %s', (code, de, region) => {
    expect(countryByCode(code)).toMatchObject({ code, de, m49SubRegion: region });
    expect(subRegionOf(code)).toBe(region);
    expect(countryCodeSchema.parse(code)).toBe(code);
  });
});

describe('lookup and validation', () => {
  test('countryByCode is exact; subRegionOf falls back to unknown', () => {
    expect(countryByCode('sy')).toBeUndefined();
    expect(countryByCode('ZZ')).toBeUndefined();
    expect(countryByCode('')).toBeUndefined();
    expect(subRegionOf('ZZ')).toBe('unknown');
    expect(countryByCode('DE')?.en).toBe('Germany');
  });

  test.each(['ZZ', 'sy', '', 'SYR', ' SY', 'UK', 'EU', 'AC', 'YU'])('countryCodeSchema refuses %j', (value) => {
    const result = countryCodeSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('validation.country');
  });

  test('countryCodeSchema refuses non-strings', () => {
    for (const value of [null, undefined, 49, {}]) expect(countryCodeSchema.safeParse(value).success).toBe(false);
  });
});
