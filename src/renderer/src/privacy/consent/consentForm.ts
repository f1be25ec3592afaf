import { z } from 'zod';
import {
  CONSENT_DATA_CATEGORIES,
  CONSENT_FORMS,
  CONSENT_KINDS,
  SPECIAL_CATEGORIES,
  consentInputSchema,
  type ConsentInput,
  type ConsentRow,
} from '@shared/privacy/consent';
import { formatGermanDate, optionalGermanDate, requiredGermanDate } from '../../ui/dates';

/** What the consent form holds while typing: text for dates, strings for choices. */
export interface ConsentValues {
  kind: string;
  recipientPartnerId: string;
  recipientText: string;
  purpose: string;
  dataCategories: string[];
  specialCategories: string[];
  form: string;
  language: string;
  interpreter: boolean;
  givenOn: string;
  validUntil: string;
  note: string;
}

/** A group of checkboxes with values gives the ticked values as an array. */
const ticked = z.array(z.string());

export const consentFormSchema = z
  .object({
    kind: z.string().min(1, 'validation.required').pipe(z.enum(CONSENT_KINDS)),
    recipientPartnerId: z.string(),
    recipientText: z.string(),
    purpose: z.string(),
    dataCategories: ticked.pipe(z.array(z.enum(CONSENT_DATA_CATEGORIES))),
    specialCategories: ticked.pipe(z.array(z.enum(SPECIAL_CATEGORIES))),
    form: z.string().min(1, 'validation.required').pipe(z.enum(CONSENT_FORMS)),
    language: z.string(),
    interpreter: z.boolean(),
    givenOn: requiredGermanDate,
    validUntil: optionalGermanDate,
    note: z.string(),
  })
  .transform((values): ConsentInput => ({
    ...values,
    // Only a release names a recipient; the other kinds never carry one.
    recipientPartnerId: values.kind === 'release' && values.recipientPartnerId !== '' ? values.recipientPartnerId : null,
    recipientText: values.kind === 'release' && values.recipientText.trim() !== '' ? values.recipientText.trim() : null,
    language: values.language.trim() === '' ? null : values.language.trim(),
  }))
  .pipe(consentInputSchema);

export const CONSENT_FIELD_ORDER = [
  'kind',
  'recipientPartnerId',
  'recipientText',
  'purpose',
  'form',
  'givenOn',
  'validUntil',
  'note',
] as const;

export function consentDefaults(today: string, row?: ConsentRow): ConsentValues {
  if (!row) {
    return {
      kind: '',
      recipientPartnerId: '',
      recipientText: '',
      purpose: '',
      dataCategories: [],
      specialCategories: [],
      form: 'written',
      language: '',
      interpreter: false,
      givenOn: formatGermanDate(today),
      validUntil: '',
      note: '',
    };
  }
  return {
    kind: row.kind,
    recipientPartnerId: row.recipientPartnerId ?? '',
    recipientText: row.recipientText ?? '',
    purpose: row.purpose,
    dataCategories: [...row.dataCategories],
    specialCategories: [...row.specialCategories],
    form: row.form,
    language: row.language ?? '',
    interpreter: row.interpreter,
    givenOn: formatGermanDate(row.givenOn),
    validUntil: formatGermanDate(row.validUntil),
    note: row.note,
  };
}
