import { z } from 'zod';
import { datesInOrder, isoDateSchema, type IsoDate } from '../kernel/dates';

/**
 * Consents (Einwilligung / Schweigepflichtentbindung) per case. The kinds are a closed list that the
 * database enforces too (migration 0004): the statistics export relies on `statistics`.
 */
export const CONSENT_KINDS = ['processing', 'release', 'statistics'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const CONSENT_FORMS = ['written', 'electronic', 'oral'] as const;
export type ConsentForm = (typeof CONSENT_FORMS)[number];

/** Ordinary personal data a consent may cover. */
export const CONSENT_DATA_CATEGORIES = [
  'identity',
  'contact',
  'residence',
  'education',
  'language',
  'work',
  'benefits',
  'housing',
  'family',
  'counsellingHistory',
] as const;
export type ConsentDataCategory = (typeof CONSENT_DATA_CATEGORIES)[number];

/** The special categories of Art. 9 (1) DSGVO: a consent covers them only when named explicitly. */
export const SPECIAL_CATEGORIES = [
  'ethnicOrigin',
  'politicalOpinions',
  'religiousBeliefs',
  'tradeUnion',
  'geneticData',
  'biometricData',
  'health',
  'sexLife',
] as const;
export type SpecialCategory = (typeof SPECIAL_CATEGORIES)[number];

/** What a consent means today: derived, never stored, so it cannot go stale. */
export const CONSENT_STATES = ['valid', 'notYetValid', 'expired', 'withdrawn'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong').nullable();

export const consentInputSchema = z
  .strictObject({
    kind: z.enum(CONSENT_KINDS),
    /** A release names its recipient: a partner from the directory, or a free text (e.g. a school). */
    recipientPartnerId: z.string().min(1).max(64).nullable(),
    recipientText: optionalText(200),
    purpose: z.string().trim().max(1000, 'validation.tooLong'),
    dataCategories: z.array(z.enum(CONSENT_DATA_CATEGORIES)).max(CONSENT_DATA_CATEGORIES.length),
    specialCategories: z.array(z.enum(SPECIAL_CATEGORIES)).max(SPECIAL_CATEGORIES.length),
    form: z.enum(CONSENT_FORMS),
    /** Language the consent was explained in, and whether an interpreter helped. */
    language: optionalText(60),
    interpreter: z.boolean(),
    givenOn: isoDateSchema,
    validUntil: isoDateSchema.nullable(),
    note: z.string().trim().max(2000, 'validation.tooLong'),
  })
  .refine((input) => input.kind !== 'release' || input.recipientPartnerId !== null || (input.recipientText ?? '') !== '', {
    message: 'validation.recipientRequired',
    path: ['recipientText'],
  })
  .refine(...datesInOrder('givenOn', 'validUntil', 'validation.validUntilBeforeGiven'))
  .refine((input) => input.kind !== 'release' || input.purpose !== '', {
    message: 'validation.purposeRequired',
    path: ['purpose'],
  });
export type ConsentInput = z.infer<typeof consentInputSchema>;

export const consentRowSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.enum(CONSENT_KINDS),
  recipientPartnerId: z.string().nullable(),
  recipientPartnerName: z.string().nullable(),
  recipientText: z.string().nullable(),
  purpose: z.string(),
  dataCategories: z.array(z.enum(CONSENT_DATA_CATEGORIES)),
  specialCategories: z.array(z.enum(SPECIAL_CATEGORIES)),
  form: z.enum(CONSENT_FORMS),
  language: z.string().nullable(),
  interpreter: z.boolean(),
  givenOn: z.string(),
  validUntil: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  state: z.enum(CONSENT_STATES),
});
export type ConsentRow = z.infer<typeof consentRowSchema>;

/** A consent is valid from the day it was given through `validUntil`, until the day it is withdrawn. */
export function consentStateOn(
  consent: { givenOn: IsoDate; validUntil: IsoDate | null; withdrawnOn: IsoDate | null },
  today: IsoDate,
): ConsentState {
  if (consent.withdrawnOn !== null && consent.withdrawnOn <= today) return 'withdrawn';
  if (consent.givenOn > today) return 'notYetValid';
  if (consent.validUntil !== null && consent.validUntil < today) return 'expired';
  return 'valid';
}

/** Answer of the release check shown before a referral. */
export const releaseCheckSchema = z.object({
  status: z.enum(['valid', 'expired', 'withdrawn', 'notYetValid', 'none']),
  consentId: z.string().nullable(),
  validUntil: z.string().nullable(),
  purpose: z.string().nullable(),
  /** What the release covers: a paper to the recipient may contain these and no other categories. */
  dataCategories: z.array(z.enum(CONSENT_DATA_CATEGORIES)),
  specialCategories: z.array(z.enum(SPECIAL_CATEGORIES)),
});
export type ReleaseCheck = z.infer<typeof releaseCheckSchema>;

/** Days before `validUntil` from which an expiring consent shows among the deadlines. */
export const CONSENT_EXPIRY_LEAD_DAYS = 30;
