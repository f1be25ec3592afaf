/**
 * The closed lists of DOMAIN.md. Codes are stable ASCII identifiers: they are stored in the vault
 * and exported in statistics, so a code is never renamed or reused — a label may change, a code
 * may not. Labels live in `i18n/vocabulary.de.ts` / `vocabulary.en.ts` under `vocab.<list>.<code>`.
 */
import { z } from 'zod';

export const GENDERS = ['female', 'male', 'diverse', 'notStated'] as const;
export type Gender = (typeof GENDERS)[number];
export const genderSchema = z.enum(GENDERS);

/** Residence status as shown on the document (AufenthG / AsylG). */
export const RESIDENCE_STATUSES = [
  'gestattung55', // Aufenthaltsgestattung § 55 AsylG
  'duldung60a', // Duldung § 60a AufenthG
  'duldung60b', // Duldung für Personen mit ungeklärter Identität § 60b AufenthG
  'duldung60c', // Ausbildungsduldung § 60c AufenthG
  'duldung60d', // Beschäftigungsduldung § 60d AufenthG
  'ae104c', // Chancen-Aufenthaltsrecht § 104c AufenthG
  'ae25a',
  'ae25b',
  'ae16g',
  'ae25abs1to3',
  'ae25abs5',
  'ae24',
  'aeOther',
  'settlementPermit', // Niederlassungserlaubnis
  'naturalised', // eingebürgert
  'unknown',
] as const;
export type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number];
export const residenceStatusSchema = z.enum(RESIDENCE_STATUSES);

/** Statuses that are a Duldung in law; they drive the §25a and §60c deadlines. */
export const DULDUNG_LIKE_STATUSES = ['duldung60a', 'duldung60b', 'duldung60c', 'duldung60d'] as const satisfies readonly ResidenceStatus[];

/**
 * Statuses for which no expiry is tracked: a settlement permit and citizenship do not end (a
 * printed card date is not the end of the right), and for `unknown` there is nothing to renew.
 */
export const NEVER_EXPIRING_STATUSES = ['settlementPermit', 'naturalised', 'unknown'] as const satisfies readonly ResidenceStatus[];

const duldungLike: ReadonlySet<ResidenceStatus> = new Set(DULDUNG_LIKE_STATUSES);
const neverExpiring: ReadonlySet<ResidenceStatus> = new Set(NEVER_EXPIRING_STATUSES);

export function isDuldungLike(status: ResidenceStatus): boolean {
  return duldungLike.has(status);
}

export function isNeverExpiring(status: ResidenceStatus): boolean {
  return neverExpiring.has(status);
}

/** The note on the document, recorded as printed and never derived from the status. */
export const WORK_PERMISSION_NOTES = [
  'gainfulActivityPermitted', // Erwerbstätigkeit gestattet
  'employmentPermitted', // Beschäftigung gestattet
  'employmentWithApproval', // Beschäftigung nur mit Genehmigung der Ausländerbehörde
  'gainfulActivityNotPermitted', // Erwerbstätigkeit nicht gestattet
] as const;
export type WorkPermissionNote = (typeof WORK_PERMISSION_NOTES)[number];
export const workPermissionNoteSchema = z.enum(WORK_PERMISSION_NOTES);

/**
 * Whether a residence obligation (Wohnsitzauflage, § 12a / § 61 Abs. 1d AufenthG, § 60 AsylG)
 * binds the person to a municipality — it decides whether a move or a training place elsewhere
 * needs the authority first.
 */
export const RESIDENCE_OBLIGATIONS = ['yes', 'no', 'unknown'] as const;
export type ResidenceObligation = (typeof RESIDENCE_OBLIGATIONS)[number];
export const residenceObligationSchema = z.enum(RESIDENCE_OBLIGATIONS);

export const IDENTITY_CLARIFIED = ['yes', 'no', 'inProgress'] as const;
export type IdentityClarified = (typeof IDENTITY_CLARIFIED)[number];
export const identityClarifiedSchema = z.enum(IDENTITY_CLARIFIED);

export const BENEFITS = ['asylblg3', 'asylblg2', 'sgb2', 'sgb12', 'none'] as const;
export type Benefit = (typeof BENEFITS)[number];
export const benefitSchema = z.enum(BENEFITS);

export const HOUSING_TYPES = [
  'communalAccommodation', // Gemeinschaftsunterkunft
  'initialReception', // Erstaufnahme / Landeseinrichtung
  'ownFlat',
  'sharedFlat',
  'withFamilyOrFriends',
  'supportedHousing',
  'homeless',
  'other',
] as const;
export type HousingType = (typeof HOUSING_TYPES)[number];
export const housingTypeSchema = z.enum(HOUSING_TYPES);

/** CEFR levels; order is meaningful (ascending). */
export const GERMAN_LEVELS = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type GermanLevel = (typeof GERMAN_LEVELS)[number];
export const germanLevelSchema = z.enum(GERMAN_LEVELS);

/** The CEFR levels are named alike in every language, so both label tables take these. */
export const CEFR_LEVEL_LABELS = {
  'vocab.germanLevel.A1': 'A1',
  'vocab.germanLevel.A2': 'A2',
  'vocab.germanLevel.B1': 'B1',
  'vocab.germanLevel.B2': 'B2',
  'vocab.germanLevel.C1': 'C1',
  'vocab.germanLevel.C2': 'C2',
} as const satisfies Partial<Record<`vocab.germanLevel.${GermanLevel}`, string>>;

export const PROGRAMMES = ['teilhabemanagement', 'durchstarten', 'kim'] as const;
export type Programme = (typeof PROGRAMMES)[number];
export const programmeSchema = z.enum(PROGRAMMES);

export const ACCESS_ROUTES = [
  'selfReferral',
  'immigrationOffice', // Ausländerbehörde
  'socialWelfareOffice', // Sozialamt
  'jobcenter',
  'jmdMbe', // Jugendmigrationsdienst / Migrationsberatung für Erwachsene
  'school', // Schule / Berufskolleg
  'accommodation', // Unterkunft
  'volunteer', // Ehrenamt
  'other',
] as const;
export type AccessRoute = (typeof ACCESS_ROUTES)[number];
export const accessRouteSchema = z.enum(ACCESS_ROUTES);

/** DGCC case-management phases, in their order. */
export const PHASES = ['intake', 'assessment', 'planning', 'implementation', 'evaluation', 'closure', 'aftercare'] as const;
export type Phase = (typeof PHASES)[number];
export const phaseSchema = z.enum(PHASES);

/** Handlungsfelder of the assessment, also used as journal topics and for structural notes. */
export const FIELDS_OF_ACTION = [
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
] as const;
export type FieldOfAction = (typeof FIELDS_OF_ACTION)[number];
export const fieldOfActionSchema = z.enum(FIELDS_OF_ACTION);

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const prioritySchema = z.enum(PRIORITIES);

/** `note` is a file note (Aktenvermerk, e.g. the remark taken over by an import): not a contact, not counted as one. */
export const CONTACT_KINDS = ['inPerson', 'phone', 'outreach', 'digital', 'accompaniment', 'caseConference', 'note'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const contactKindSchema = z.enum(CONTACT_KINDS);

export const GOAL_STATUSES = ['open', 'partial', 'achieved', 'abandoned'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const goalStatusSchema = z.enum(GOAL_STATUSES);

/** `open` until the partner reports back. */
export const REFERRAL_RESULTS = ['open', 'accepted', 'declined', 'discontinued', 'completed'] as const;
export type ReferralResult = (typeof REFERRAL_RESULTS)[number];
export const referralResultSchema = z.enum(REFERRAL_RESULTS);

export const CLOSURE_REASONS = [
  'goalsAchieved',
  'transferToStandardServices', // Übergang Regelsystem
  'relocation',
  'lostContact',
  'departureOrDeportation',
  'ageLimitOrProgrammeEnd',
  'personsWish',
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];
export const closureReasonSchema = z.enum(CLOSURE_REASONS);

export const WHEREABOUTS = [
  'vocationalTraining',
  'entryQualification', // Einstiegsqualifizierung (EQ)
  'employment', // sozialversicherungspflichtige Beschäftigung
  'schoolOrCertificate',
  'languageCourse', // Sprach-/Integrationskurs
  'measure', // Maßnahme
  'none',
  'unknown',
] as const;
export type Whereabouts = (typeof WHEREABOUTS)[number];
export const whereaboutsSchema = z.enum(WHEREABOUTS);

export const STRUCTURAL_NOTE_KINDS = ['gap', 'waitingTime', 'interfaceProblem', 'other'] as const;
export type StructuralNoteKind = (typeof STRUCTURAL_NOTE_KINDS)[number];
export const structuralNoteKindSchema = z.enum(STRUCTURAL_NOTE_KINDS);

/** Kinds of offer a referral leads to (statistics indicator 10: referrals by kind, uptake). */
export const OFFER_KINDS = [
  'languageCourse', // Sprach-/Integrationskurs, Berufssprachkurs
  'schoolEducation', // Schulabschluss, Berufskolleg
  'vocationalPreparation', // Berufsvorbereitung, EQ, Praktikum
  'trainingPlacement', // Ausbildungsvermittlung
  'jobPlacement', // Arbeitsvermittlung
  'recognitionOfQualifications', // Anerkennungsberatung
  'legalAdvice', // Asylverfahrens-/Rechtsberatung
  'migrationAdvice', // JMD / MBE
  'benefitsAdvice', // Leistungen, Sozialberatung
  'debtAdvice', // Schuldnerberatung
  'housingSupport', // Wohnungssuche, Wohnhilfen
  'healthPsychosocial', // Gesundheit, psychosoziale Beratung
  'familyYouthServices', // Familien-/Jugendhilfe
  'leisureVolunteering', // Freizeit, Ehrenamt, Sport
  'other',
] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];
export const offerKindSchema = z.enum(OFFER_KINDS);

/** Kinds of partner organisation in the directory (organisations, never persons). */
export const PARTNER_KINDS = [
  'immigrationOffice', // Ausländerbehörde
  'jobcenter',
  'employmentAgency', // Agentur für Arbeit
  'youthMigrationService', // Jugendmigrationsdienst
  'migrationAdviceAdults', // Migrationsberatung für Erwachsene
  'school', // Schule / Berufskolleg
  'courseProvider', // Sprach-/Integrationskurs-, Maßnahmeträger
  'chamber', // IHK / HWK
  'employer', // Betrieb
  'welfareAssociation', // Caritas, Diakonie, AWO …
  'counsellingCentre', // Beratungsstelle
  'municipalOffice', // Sozialamt, Jugendamt, Wohnungsamt
  'healthService',
  'volunteerInitiative',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const partnerKindSchema = z.enum(PARTNER_KINDS);

/** The kinds `deriveDeadlines` creates; the others are entered by hand or come from consents. */
export const DERIVED_DEADLINE_KINDS = [
  'statusExpiry',
  'statusRenewal',
  'suspensionRenewal',
  'ageLimit27',
  'application25a',
  'window60c',
] as const;
export type DerivedDeadlineKind = (typeof DERIVED_DEADLINE_KINDS)[number];

export const DEADLINE_KINDS = [...DERIVED_DEADLINE_KINDS, 'appointment', 'task', 'consentExpiry'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export const deadlineKindSchema = z.enum(DEADLINE_KINDS);

export const DEADLINE_STATES = ['open', 'done', 'dismissed'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];
export const deadlineStateSchema = z.enum(DEADLINE_STATES);

/** Buckets of the deadline overview (see `classifyDeadline`), most urgent first. */
export const DEADLINE_BUCKETS = ['overdue', 'thisWeek', 'next30Days', 'later'] as const;
export type DeadlineBucket = (typeof DEADLINE_BUCKETS)[number];

/** Every list by the name used in its label keys. */
export const VOCABULARIES = {
  gender: GENDERS,
  residenceStatus: RESIDENCE_STATUSES,
  workPermissionNote: WORK_PERMISSION_NOTES,
  residenceObligation: RESIDENCE_OBLIGATIONS,
  identityClarified: IDENTITY_CLARIFIED,
  benefit: BENEFITS,
  housingType: HOUSING_TYPES,
  germanLevel: GERMAN_LEVELS,
  programme: PROGRAMMES,
  accessRoute: ACCESS_ROUTES,
  phase: PHASES,
  fieldOfAction: FIELDS_OF_ACTION,
  priority: PRIORITIES,
  contactKind: CONTACT_KINDS,
  goalStatus: GOAL_STATUSES,
  referralResult: REFERRAL_RESULTS,
  closureReason: CLOSURE_REASONS,
  whereabouts: WHEREABOUTS,
  structuralNoteKind: STRUCTURAL_NOTE_KINDS,
  offerKind: OFFER_KINDS,
  partnerKind: PARTNER_KINDS,
  deadlineKind: DEADLINE_KINDS,
  deadlineState: DEADLINE_STATES,
  deadlineBucket: DEADLINE_BUCKETS,
} as const;
export type VocabularyName = keyof typeof VOCABULARIES;
export type VocabularyCode<Name extends VocabularyName> = (typeof VOCABULARIES)[Name][number];
export type VocabularyKey = { [Name in VocabularyName]: `vocab.${Name}.${VocabularyCode<Name>}` }[VocabularyName];

/** The message key of a code's label, e.g. `vocabularyKey('residenceStatus', 'duldung60a')`. */
export function vocabularyKey<Name extends VocabularyName, Code extends VocabularyCode<Name>>(
  name: Name,
  code: Code,
): `vocab.${Name}.${Code}` {
  return `vocab.${name}.${code}`;
}
