import { deadlineSchema } from '../deadlines';
import { journalEntrySchema } from '../journal';
import { z } from 'zod';
import { datesInOrder, isoDateSchema } from '../kernel/dates';
import { countryCodeSchema } from '../kernel/countries';
import {
  DEADLINE_BUCKETS,
  accessRouteSchema,
  benefitSchema,
  fieldOfActionSchema,
  genderSchema,
  germanLevelSchema,
  housingTypeSchema,
  identityClarifiedSchema,
  phaseSchema,
  programmeSchema,
  residenceObligationSchema,
  residenceStatusSchema,
  workPermissionNoteSchema,
} from '../kernel/vocabulary';

/**
 * Shapes of the case notebook shared by the contract (core) and the forms (renderer). Messages are
 * i18n keys. Rules that need "today" (no birth date in the future) are checked in the core with its
 * clock and reported as field errors the same way.
 */
const requiredText = (max: number) =>
  z.string({ message: 'validation.required' }).trim().min(1, 'validation.required').max(max, 'validation.tooLong');
const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong').nullable();
const optionalDate = isoDateSchema.nullable();

export const caseFieldsSchema = z.strictObject({
  familyName: requiredText(120),
  givenNames: requiredText(120),
  birthDate: optionalDate,
  gender: genderSchema,
  nationalities: z.array(countryCodeSchema).max(5, 'validation.tooMany'),
  countryOfOrigin: countryCodeSchema.nullable(),
  languages: z.array(z.string().trim().min(1).max(60, 'validation.tooLong')).max(12, 'validation.tooMany'),
  interpreterNeeded: z.boolean(),
  entryDate: optionalDate,
  housing: housingTypeSchema.nullable(),
  benefits: benefitSchema.nullable(),
  schoolYears: z.number().int('validation.wholeNumber').min(0, 'validation.schoolYears').max(20, 'validation.schoolYears').nullable(),
  schoolCertificate: optionalText(200),
  schoolCountry: countryCodeSchema.nullable(),
  germanLevel: germanLevelSchema.nullable(),
  germanCertificate: optionalText(200),
  workExperience: optionalText(2000),
  programme: programmeSchema,
  accessRoute: accessRouteSchema,
  intakeDate: isoDateSchema,
  phase: phaseSchema,
  /** DSGVO Art. 9 (health etc.): shown only on request in the UI, never in lists or search. */
  specialCategoryNotes: optionalText(5000),
});
export type CaseFields = z.infer<typeof caseFieldsSchema>;

/** A name "as in the document": the Latin letters the German papers print (diacritics allowed). */
const documentName = z
  .string()
  .trim()
  .max(120, 'validation.tooLong')
  .regex(/^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M} '’.-]*$/u, 'validation.latinScript')
  .nullable();

/**
 * How to reach and address a client — for letters. Shown only inside the case (never in lists, the
 * access log, the statistics, the search index or any export but the Art. 15 Auskunft). The name as
 * in the document is the Latin transliteration next to a name written in another script; the case
 * list can show it as a column of its own.
 */
export const caseContactSchema = z.strictObject({
  phone: z
    .string()
    .trim()
    .max(40, 'validation.tooLong')
    .regex(/^\+?[0-9][0-9 ()/.-]{3,}$/, 'validation.phone')
    .nullable(),
  email: z.string().trim().max(254, 'validation.tooLong').pipe(z.email('validation.email')).nullable(),
  postalAddress: optionalText(300),
  documentFamilyName: documentName,
  documentGivenNames: documentName,
});
export type CaseContact = z.infer<typeof caseContactSchema>;

/** Contact data as stored and shown (not re-validated: a value saved under an older rule still shows). */
export const storedCaseContactSchema = z.object({
  phone: z.string().nullable(),
  email: z.string().nullable(),
  postalAddress: z.string().nullable(),
  documentFamilyName: z.string().nullable(),
  documentGivenNames: z.string().nullable(),
});

export const EMPTY_CASE_CONTACT: CaseContact = {
  phone: null,
  email: null,
  postalAddress: null,
  documentFamilyName: null,
  documentGivenNames: null,
};

export const statusInputSchema = z
  .strictObject({
    status: residenceStatusSchema,
    validFrom: optionalDate,
    validUntil: optionalDate,
    workPermission: workPermissionNoteSchema.nullable(),
    residenceObligation: residenceObligationSchema.nullable(),
    identityClarified: identityClarifiedSchema.nullable(),
    documentSeenOn: optionalDate,
  })
  .refine(...datesInOrder('validFrom', 'validUntil', 'validation.untilBeforeFrom'));
export type StatusInput = z.infer<typeof statusInputSchema>;

export const statusRecordSchema = z.object({
  id: z.string(),
  status: residenceStatusSchema,
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  workPermission: workPermissionNoteSchema.nullable(),
  residenceObligation: residenceObligationSchema.nullable(),
  identityClarified: identityClarifiedSchema.nullable(),
  documentSeenOn: z.string().nullable(),
  createdAt: z.string(),
});
export type StatusRecordRow = z.infer<typeof statusRecordSchema>;

export const trainingStartSchema = z.object({ id: z.string(), startsOn: z.string(), description: z.string().nullable() });

/** A case list row as the query returns it; `caseSummarySchema` adds what the core derives. */
export const caseSummaryRowSchema = z.object({
  id: z.string(),
  code: z.string(),
  familyName: z.string(),
  givenNames: z.string(),
  /** The name as in the document (Latin letters), for the list column of that name; the core always sends it. */
  documentFamilyName: z.string().nullish(),
  documentGivenNames: z.string().nullish(),
  birthDate: z.string().nullable(),
  phase: phaseSchema,
  programme: programmeSchema,
  counsellorId: z.string(),
  counsellorName: z.string(),
  currentStatus: residenceStatusSchema.nullable(),
  currentStatusUntil: z.string().nullable(),
  nextDeadlineOn: z.string().nullable(),
  intakeDate: z.string(),
  closedOn: z.string().nullable(),
});
export type CaseSummaryRow = z.infer<typeof caseSummaryRowSchema>;

export const caseSummarySchema = caseSummaryRowSchema.extend({
  /** Bucket of `nextDeadlineOn` on the core's today (null: no open deadline or the case is closed). */
  nextDeadlineBucket: z.enum(DEADLINE_BUCKETS).nullable(),
  /** Age in whole years on the core's today. */
  age: z.number().int().nullable(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseDetailSchema = z.object({
  id: z.string(),
  code: z.string(),
  fields: caseFieldsSchema,
  contact: storedCaseContactSchema,
  counsellorId: z.string(),
  counsellorName: z.string(),
  closedOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  statuses: z.array(statusRecordSchema),
  currentStatusId: z.string().nullable(),
  trainingStarts: z.array(trainingStartSchema),
  deadlines: z.array(deadlineSchema),
  journal: z.array(journalEntrySchema),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const searchHitSchema = z.object({
  caseId: z.string(),
  caseCode: z.string(),
  source: z.enum(['case', 'journal', 'document']),
  sourceId: z.string(),
  /** Text with the matches between U+0002 and U+0003, for the UI to highlight without HTML. */
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const caseCodePrefixSchema = z
  .string()
  .trim()
  .regex(/^[A-Z]{2,5}$/, 'validation.caseCodePrefix');

export { fieldOfActionSchema };
