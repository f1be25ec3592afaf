import { M49_SUB_REGIONS, countryByCode, subRegionOf } from '../kernel/countries';
import { vocabularyDe } from '../kernel/vocabulary.de';
import { vocabularyEn } from '../kernel/vocabulary.en';
import { statsDe } from './i18n/de';
import { statsEn } from './i18n/en';
import {
  ACCESS_ROUTES,
  BENEFITS,
  CLOSURE_REASONS,
  FIELDS_OF_ACTION,
  GENDERS,
  REFERRAL_RESULTS,
  RESIDENCE_STATUSES,
  STRUCTURAL_NOTE_KINDS,
  WHEREABOUTS,
  WORK_PERMISSION_NOTES,
} from '../kernel/vocabulary';

/**
 * The category lists of the catalogue. They are copied here on purpose: the catalogue of a year is
 * frozen, so a vocabulary that grows later must not change the tables of an earlier catalogue
 * version. Codes outside a list count as `_other`.
 */
export const OTHER = '_other';
export const SINGLE_COLUMN = 'count';

// The vocabulary's labels and the statistics' own texts: what the published tables are labelled with.
const deText: Readonly<Record<string, string>> = { ...vocabularyDe, ...statsDe };
const enText: Readonly<Record<string, string>> = { ...vocabularyEn, ...statsEn };

export interface Label {
  de: string;
  en: string;
}

export interface Dimension {
  id: string;
  /** Frozen categories; `origin` gets its list per year (see `originCategories`). */
  categories: readonly string[];
  /** Rows of a category dimension are merged into `_other` when their true margin is below 10. */
  mergeable: boolean;
  label(code: string): Label;
}

function keyLabel(prefix: string) {
  return (code: string): Label => {
    if (code === OTHER) return { de: deText['stats.cat.other'] ?? OTHER, en: enText['stats.cat.other'] ?? OTHER };
    const key = `${prefix}.${code}`;
    return { de: deText[key] ?? code, en: enText[key] ?? code };
  };
}

function vocabularyDimension(id: string, list: string, categories: readonly string[], mergeable = true): Dimension {
  return { id, categories, mergeable, label: keyLabel(`vocab.${list}`) };
}

function ownDimension(id: string, categories: readonly string[], mergeable: boolean): Dimension {
  return { id, categories, mergeable, label: keyLabel(`stats.cat.${id}`) };
}

export const MEASURES = ['stock', 'new', 'closed'] as const;
export const AGE_BANDS = ['18to20', '21to24', '25to27', 'outside'] as const;
export const STATUS_GROUPS = [
  'gestattung',
  'duldung',
  'duldung60c',
  'duldung60d',
  'ae104c',
  'ae25a',
  'ae25b',
  'aeOther',
  'permanent',
  'unknown',
] as const;
export const TRANSITIONS = ['vocationalTraining', 'employment', 'schoolCertificate', 'languageCourse'] as const;
export const GOAL_OUTCOMES = ['agreed', 'achieved'] as const;
export const DURATION_BANDS = ['under6', '6to11', '12to23', '24plus'] as const;
export const CONTACT_BANDS = ['0', '1to2', '3to5', '6plus'] as const;
/** Bedarfs- und Angebotsanalyse (catalogue 2026.2): per Handlungsfeld, persons with … */
export const ANALYSIS_MEASURES = ['need', 'referred', 'takenUp', 'completed', 'brokenOff'] as const;
/** Offer kinds of referrals as frozen for catalogue 2026. */
export const OFFER_KINDS_2026 = [
  'languageCourse',
  'schoolEducation',
  'vocationalPreparation',
  'trainingPlacement',
  'jobPlacement',
  'recognitionOfQualifications',
  'legalAdvice',
  'migrationAdvice',
  'benefitsAdvice',
  'debtAdvice',
  'housingSupport',
  'healthPsychosocial',
  'familyYouthServices',
  'leisureVolunteering',
  'other',
] as const;

export const DIMENSIONS = {
  measure: ownDimension('measure', MEASURES, false),
  gender: vocabularyDimension('gender', 'gender', GENDERS),
  ageBand: ownDimension('ageBand', AGE_BANDS, true),
  residenceStatus: vocabularyDimension('residenceStatus', 'residenceStatus', RESIDENCE_STATUSES),
  statusGroup: ownDimension('statusGroup', STATUS_GROUPS, true),
  workPermission: {
    ...vocabularyDimension('workPermission', 'workPermissionNote', [...WORK_PERMISSION_NOTES, 'notRecorded']),
    label: withOwn('workPermissionNote', 'workPermission'),
  },
  accessRoute: vocabularyDimension('accessRoute', 'accessRoute', ACCESS_ROUTES),
  fieldOfAction: vocabularyDimension('fieldOfAction', 'fieldOfAction', FIELDS_OF_ACTION),
  goalOutcome: ownDimension('goalOutcome', GOAL_OUTCOMES, false),
  offerKind: ownDimension('offerKind', OFFER_KINDS_2026, true),
  referralResult: vocabularyDimension('referralResult', 'referralResult', REFERRAL_RESULTS),
  transition: ownDimension('transition', TRANSITIONS, false),
  closureReason: vocabularyDimension('closureReason', 'closureReason', CLOSURE_REASONS),
  whereabouts: vocabularyDimension('whereabouts', 'whereabouts', WHEREABOUTS),
  durationBand: ownDimension('durationBand', DURATION_BANDS, true),
  contactBand: ownDimension('contactBand', CONTACT_BANDS, true),
  benefit: { ...vocabularyDimension('benefit', 'benefit', [...BENEFITS, 'notRecorded']), label: withOwn('benefit', 'benefit') },
  structuralNoteKind: vocabularyDimension('structuralNoteKind', 'structuralNoteKind', STRUCTURAL_NOTE_KINDS),
  analysisMeasure: ownDimension('analysisMeasure', ANALYSIS_MEASURES, false),
  /** Fields of action for counts of partner organisations: organisations, not persons, so no row is merged. */
  fieldOfActionOffered: { ...vocabularyDimension('fieldOfAction', 'fieldOfAction', FIELDS_OF_ACTION), mergeable: false },
  count: ownDimension('count', [SINGLE_COLUMN], false),
} as const satisfies Record<string, Dimension>;

/** Vocabulary labels, with the catalogue's own `notRecorded`. */
function withOwn(list: string, id: string) {
  const vocabulary = keyLabel(`vocab.${list}`);
  const own = keyLabel(`stats.cat.${id}`);
  return (code: string): Label => (code === 'notRecorded' ? own(code) : vocabulary(code));
}

export type DimensionId = keyof typeof DIMENSIONS | 'origin';

// ----- origin: countries, coarsened per year -----------------------------------------------------

export const REGION_PREFIX = 'm49:';

/**
 * The frozen origin list of a year (DOMAIN.md item 6): a country with at least 10 persons in the
 * year is its own category; the remaining persons of a UN M49 sub-region form the region's
 * category when they are at least 10; everyone else is "sonstige".
 */
export function originCategories(countryCounts: ReadonlyMap<string, number>, threshold = 10): string[] {
  const countries: string[] = [];
  const regionRest = new Map<string, number>();
  for (const [country, count] of countryCounts) {
    if (country !== 'XX' && count >= threshold) countries.push(country);
    else regionRest.set(subRegionOf(country), (regionRest.get(subRegionOf(country)) ?? 0) + count);
  }
  const regions = [...regionRest]
    .filter(([region, count]) => region !== 'unknown' && count >= threshold)
    .map(([region]) => `${REGION_PREFIX}${region}`);
  return [...countries.sort(), ...regions.sort(), OTHER];
}

/** Category of a person's country under a frozen list. */
export function originCategoryOf(country: string | null, categories: ReadonlySet<string>): string {
  if (country && categories.has(country)) return country;
  if (country) {
    const region = `${REGION_PREFIX}${subRegionOf(country)}`;
    if (categories.has(region)) return region;
  }
  return OTHER;
}

export function originDimension(categories: readonly string[]): Dimension {
  return {
    id: 'origin',
    categories,
    mergeable: true,
    label(code) {
      if (code === OTHER) return { de: deText['stats.cat.origin.other'] ?? OTHER, en: enText['stats.cat.origin.other'] ?? OTHER };
      if (code.startsWith(REGION_PREFIX)) {
        const region = M49_SUB_REGIONS.find((entry) => entry.code === code.slice(REGION_PREFIX.length));
        return { de: region ? `${region.de} (übrige)` : code, en: region ? `${region.en} (other)` : code };
      }
      const country = countryByCode(code);
      return { de: country?.de ?? code, en: country?.en ?? code };
    },
  };
}
