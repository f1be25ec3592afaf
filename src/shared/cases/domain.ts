import { deadlineSchema } from '../deadlines';
import { journalEntrySchema } from '../journal';
import { z } from 'zod';
import { isoDateSchema } from '../kernel/dates';
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
  .refine((input) => !input.validFrom || !input.validUntil || input.validUntil >= input.validFrom, {
    message: 'validation.untilBeforeFrom',
    path: ['validUntil'],
  });
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
