import { z } from 'zod';
import { caseContactSchema, caseFieldsSchema, type CaseContact, type CaseFields } from '@shared/cases/domain';
import { countryCodeSchema } from '@shared/kernel/countries';
import type { Language } from '@shared/kernel/language';
import { formatGermanDate, optionalGermanDate, requiredGermanDate } from '../../ui/dates';
import { countryCodeFromName, countryName } from './countryNames';

/**
 * The case form as typed (strings, checkboxes) and its mapping onto the shared `caseFieldsSchema`.
 * Each form field has the name of the case field it becomes, so an error from the shared schema or
 * from the core lands on the field that caused it.
 */
export interface CaseFormValues {
  familyName: string;
  givenNames: string;
  birthDate: string;
  gender: string;
  nationalities: { name: string }[];
  countryOfOrigin: string;
  languages: string;
  interpreterNeeded: boolean;
  entryDate: string;
  housing: string;
  benefits: string;
  schoolYears: string;
  schoolCertificate: string;
  schoolCountry: string;
  germanLevel: string;
  germanCertificate: string;
  workExperience: string;
  programme: string;
  accessRoute: string;
  intakeDate: string;
  phase: string;
  specialCategoryNotes: string;
  documentFamilyName: string;
  documentGivenNames: string;
  phone: string;
  email: string;
  postalAddress: string;
}

/** What the form saves: the case fields and the contact data (a part of its own, see the shared schema). */
export interface CaseFormOutput {
  fields: CaseFields;
  contact: CaseContact;
}

const shape = caseFieldsSchema.shape;
const contactShape = caseContactSchema.shape;

/** '' means "not chosen": required lists ask for a choice, optional ones store null. */
const requiredChoice = <O extends string>(schema: z.ZodType<O, string>) => z.string().min(1, 'validation.required').pipe(schema);
const optionalChoice = <O extends string>(schema: z.ZodType<O, string>) =>
  z
    .string()
    .transform((value) => (value === '' ? null : value))
    .pipe(schema.nullable());
const optionalText = (schema: z.ZodType<string | null, string | null>) =>
  z
    .string()
    .transform((value) => (value.trim() === '' ? null : value.trim()))
    .pipe(schema);

/** A country typed by name; empty → null. */
const optionalCountry = z
  .string()
  .transform((value, context) => {
    if (value.trim() === '') return null;
    const code = countryCodeFromName(value);
    if (code) return code;
    context.addIssue({ code: 'custom', message: 'validation.country', input: value });
    return z.NEVER;
  })
  .pipe(countryCodeSchema.nullable());

const fieldsSchema = z.object({
  familyName: shape.familyName,
  givenNames: shape.givenNames,
  birthDate: optionalGermanDate,
  gender: requiredChoice(shape.gender),
  // Empty rows are dropped; each filled row must name a country of the list.
  nationalities: z
    .array(z.object({ name: optionalCountry }))
    .transform((rows) => rows.flatMap((row) => (row.name ? [row.name] : [])))
    .pipe(shape.nationalities),
  countryOfOrigin: optionalCountry,
  // "Arabisch, Kurdisch" → ["Arabisch", "Kurdisch"]; also split on semicolons and new lines.
  languages: z
    .string()
    .transform((value) =>
      value
        .split(/[,;\n]/)
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    )
    .pipe(shape.languages),
  interpreterNeeded: z.boolean(),
  entryDate: optionalGermanDate,
  housing: optionalChoice(shape.housing.unwrap()),
  benefits: optionalChoice(shape.benefits.unwrap()),
  schoolYears: z
    .string()
    .transform((value, context) => {
      const trimmed = value.trim();
      if (trimmed === '') return null;
      if (!/^\d+$/.test(trimmed)) {
        context.addIssue({ code: 'custom', message: 'validation.wholeNumber', input: value });
        return z.NEVER;
      }
      return Number(trimmed);
    })
    .pipe(shape.schoolYears),
  schoolCertificate: optionalText(shape.schoolCertificate),
  schoolCountry: optionalCountry,
  germanLevel: optionalChoice(shape.germanLevel.unwrap()),
  germanCertificate: optionalText(shape.germanCertificate),
  workExperience: optionalText(shape.workExperience),
  programme: requiredChoice(shape.programme),
  accessRoute: requiredChoice(shape.accessRoute),
  intakeDate: requiredGermanDate,
  phase: requiredChoice(shape.phase),
  specialCategoryNotes: optionalText(shape.specialCategoryNotes),
}) satisfies z.ZodType<CaseFields, Omit<CaseFormValues, keyof CaseContact>>;

const contactSchema = z.object({
  documentFamilyName: optionalText(contactShape.documentFamilyName),
  documentGivenNames: optionalText(contactShape.documentGivenNames),
  phone: optionalText(contactShape.phone),
  email: optionalText(contactShape.email),
  // Line breaks are kept (an address is several lines); blank lines and outer spaces are not.
  postalAddress: z
    .string()
    .transform((value) => {
      const lines = value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
      return lines.length === 0 ? null : lines.join('\n');
    })
    .pipe(contactShape.postalAddress),
}) satisfies z.ZodType<CaseContact, Pick<CaseFormValues, keyof CaseContact>>;

/** One flat form (errors land on the field by its name); the output splits into fields and contact. */
export const caseFormSchema = z
  .object({ ...fieldsSchema.shape, ...contactSchema.shape })
  .transform(({ documentFamilyName, documentGivenNames, phone, email, postalAddress, ...fields }): CaseFormOutput => ({
    fields,
    contact: { documentFamilyName, documentGivenNames, phone, email, postalAddress },
  })) satisfies z.ZodType<CaseFormOutput, CaseFormValues>;

/** The order of the fields on screen: the first failing one gets the focus. */
export const CASE_FORM_FIELDS = [
  'familyName',
  'givenNames',
  'birthDate',
  'gender',
  'documentFamilyName',
  'documentGivenNames',
  'nationalities',
  'countryOfOrigin',
  'languages',
  'entryDate',
  'programme',
  'accessRoute',
  'intakeDate',
  'phase',
  'phone',
  'email',
  'postalAddress',
  'housing',
  'benefits',
  'schoolYears',
  'schoolCertificate',
  'schoolCountry',
  'germanLevel',
  'germanCertificate',
  'workExperience',
  'specialCategoryNotes',
] as const satisfies readonly (keyof CaseFormValues)[];

export function emptyCaseForm(today: string): CaseFormValues {
  return {
    familyName: '',
    givenNames: '',
    birthDate: '',
    gender: '',
    nationalities: [{ name: '' }],
    countryOfOrigin: '',
    languages: '',
    interpreterNeeded: false,
    entryDate: '',
    housing: '',
    benefits: '',
    schoolYears: '',
    schoolCertificate: '',
    schoolCountry: '',
    germanLevel: '',
    germanCertificate: '',
    workExperience: '',
    programme: '',
    accessRoute: '',
    intakeDate: formatGermanDate(today),
    phase: 'intake',
    specialCategoryNotes: '',
    documentFamilyName: '',
    documentGivenNames: '',
    phone: '',
    email: '',
    postalAddress: '',
  };
}

/** A stored case as form values (for "Fall bearbeiten"). */
export function caseFormValuesOf({ fields, contact }: CaseFormOutput, language: Language): CaseFormValues {
  return {
    ...blankWhereNull(contact, CONTACT_FIELDS),
    familyName: fields.familyName,
    givenNames: fields.givenNames,
    birthDate: formatGermanDate(fields.birthDate),
    gender: fields.gender,
    nationalities:
      fields.nationalities.length > 0 ? fields.nationalities.map((code) => ({ name: countryName(code, language) })) : [{ name: '' }],
    countryOfOrigin: countryName(fields.countryOfOrigin, language),
    languages: fields.languages.join(', '),
    interpreterNeeded: fields.interpreterNeeded,
    entryDate: formatGermanDate(fields.entryDate),
    ...blankWhereNull(fields, OPTIONAL_CASE_FIELDS),
    schoolYears: fields.schoolYears === null ? '' : String(fields.schoolYears),
    schoolCountry: countryName(fields.schoolCountry, language),
    programme: fields.programme,
    accessRoute: fields.accessRoute,
    intakeDate: formatGermanDate(fields.intakeDate),
    phase: fields.phase,
  };
}

/** The contact fields: free text, or null when not stated. */
const CONTACT_FIELDS = [
  'documentFamilyName',
  'documentGivenNames',
  'phone',
  'email',
  'postalAddress',
] as const satisfies readonly (keyof CaseContact)[];

/** The case's fields that are null when not stated and edited as they are stored (a code or free text). */
const OPTIONAL_CASE_FIELDS = [
  'housing',
  'benefits',
  'schoolCertificate',
  'germanLevel',
  'germanCertificate',
  'workExperience',
  'specialCategoryNotes',
] as const satisfies readonly (keyof CaseFields)[];

/** The named values of `source`, an empty field where one is not stated. */
function blankWhereNull<T, K extends keyof T>(source: T, keys: readonly K[]): Record<K, string> {
  const values = {} as Record<K, string>;
  for (const key of keys) values[key] = String(source[key] ?? '');
  return values;
}

/**
 * The form field a core error names: the contract reports `fields.birthDate` or `contact.phone` (zod
 * path of the input) or `birthDate` (date rules of the service); a nationality row `fields.nationalities.1`.
 */
export function formFieldOfServerPath(path: string): string {
  const withoutPrefix = path.replace(/^(fields|contact)\./, '');
  const row = /^nationalities\.(\d+)$/.exec(withoutPrefix);
  return row ? `nationalities.${row[1]}.name` : withoutPrefix;
}
