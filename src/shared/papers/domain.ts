import { z } from 'zod';
import { isoDateSchema } from '../kernel/dates';
import { writtenFileSchema } from '../kernel/spec';
import { CONSENT_DATA_CATEGORIES, SPECIAL_CATEGORIES } from '../privacy';

/**
 * Papers: what a counsellor writes from a template for a case (issue 12). The paper itself is one
 * model (`Paper`) that the core fills from the case and writes as PDF and DOCX, and that the
 * renderer shows as the preview, so what is previewed is what is written.
 */

export const BUILT_IN_TEMPLATES = ['participation', 'appointment', 'coverLetter', 'statusReport', 'helpPlan'] as const;
export type BuiltInTemplateId = (typeof BUILT_IN_TEMPLATES)[number];

/** Own templates are `own:<id>`; built-in ones their word. */
export const templateIdSchema = z.union([z.enum(BUILT_IN_TEMPLATES), z.string().regex(/^own:[0-9a-f-]{36}$/, 'validation.invalid')]);
export type TemplateId = z.infer<typeof templateIdSchema>;

export function isOwnTemplate(id: string): boolean {
  return id.startsWith('own:');
}

/** Who a paper is addressed to: the person themself (no release needed), a partner of the directory, or someone typed. */
export const RECIPIENT_KINDS = ['client', 'partner', 'other'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

export const recipientSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('client') }),
  /** The directory keeps no postal address (only a contact note): the counsellor adds it here when the letter needs one. */
  z.strictObject({
    kind: z.literal('partner'),
    partnerId: z.string().min(1, 'validation.required').max(64),
    address: z.string().trim().max(600, 'validation.tooLong'),
  }),
  z.strictObject({
    kind: z.literal('other'),
    name: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
    /** The postal address, one line each (street, town). */
    address: z.string().trim().max(600, 'validation.tooLong'),
  }),
]);
export type Recipient = z.infer<typeof recipientSchema>;

/** The parts of a Sachstandsbericht the counsellor ticks. */
export const REPORT_SECTIONS = ['statusHistory', 'goals', 'referrals', 'contacts'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** The free parts a template offers (edited in the form, never taken from the case). */
export const FREE_PARTS = ['subject', 'body', 'remarks', 'occasion', 'summary', 'agreements', 'place'] as const;
export type FreePart = (typeof FREE_PARTS)[number];

export const paperDraftSchema = z.strictObject({
  templateId: templateIdSchema,
  recipient: recipientSchema,
  free: z.partialRecord(z.enum(FREE_PARTS), z.string().max(5000, 'validation.tooLong')),
  sections: z.array(z.enum(REPORT_SECTIONS)).max(REPORT_SECTIONS.length),
  /** Contacts in this period (Sachstandsbericht); open ends mean "from the intake" / "until today". */
  period: z.strictObject({ from: isoDateSchema.nullable(), to: isoDateSchema.nullable() }),
  /** The appointment a Terminbestätigung confirms. */
  appointment: z
    .strictObject({
      date: isoDateSchema,
      time: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time')
        .nullable(),
    })
    .nullable(),
});
export type PaperDraft = z.infer<typeof paperDraftSchema>;

export const PAPER_FORMATS = ['pdf', 'docx'] as const;
export type PaperFormat = (typeof PAPER_FORMATS)[number];

/** One block of a paper's body, in reading order. */
export const paperBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), text: z.string() }),
  /** `free`: which free part the text came from (the preview marks it as editable). */
  z.object({ kind: z.literal('paragraph'), text: z.string(), free: z.enum(FREE_PARTS).nullable() }),
  z.object({ kind: z.literal('facts'), rows: z.array(z.object({ label: z.string(), value: z.string() })) }),
  z.object({ kind: z.literal('table'), header: z.array(z.string()), rows: z.array(z.array(z.string())) }),
  /** Signature lines side by side: a line to sign on and who signs beneath it. */
  z.object({ kind: z.literal('signatures'), labels: z.array(z.string()) }),
]);
export type PaperBlock = z.infer<typeof paperBlockSchema>;

export const letterheadSchema = z.strictObject({
  organisation: z.string().trim().max(200, 'validation.tooLong'),
  addressLines: z.array(z.string().trim().max(200, 'validation.tooLong')).max(6, 'validation.tooMany'),
  contact: z.string().trim().max(300, 'validation.tooLong'),
  /** Printed under the counsellor's name: function, department. */
  signatureBlock: z.string().trim().max(300, 'validation.tooLong'),
});
export type Letterhead = z.infer<typeof letterheadSchema>;

export const EMPTY_LETTERHEAD: Letterhead = { organisation: '', addressLines: [], contact: '', signatureBlock: '' };

export const letterheadViewSchema = letterheadSchema.extend({
  /** The logo as a `data:image/png;base64,…` URL (the app's CSP allows data: images), or null. */
  logo: z.object({ dataUrl: z.string(), width: z.number().int(), height: z.number().int() }).nullable(),
  /** Fields the machine policy pins (the supervisor cannot change them here). */
  pinned: z.array(z.enum(['organisation', 'addressLines', 'contact', 'signatureBlock'])),
});
export type LetterheadView = z.infer<typeof letterheadViewSchema>;

export const paperSchema = z.object({
  templateId: z.string(),
  /** The document's title (PDF title, DOCX title, heading of the paper). */
  title: z.string(),
  letterhead: letterheadSchema.extend({ hasLogo: z.boolean() }),
  /** The address field (DIN 5008): recipient name and address lines; empty for papers without one. */
  recipientLines: z.array(z.string()),
  /** "21.11.2026" or "Leverkusen, 21.11.2026". */
  dateLine: z.string(),
  subject: z.string(),
  salutation: z.string().nullable(),
  blocks: z.array(paperBlockSchema),
  closing: z.string().nullable(),
  /** Who signs: the counsellor's name and the letterhead's signature block. */
  signature: z.array(z.string()),
  /** The data categories the paper contains (what a release for a third party must cover). */
  categories: z.array(z.enum(CONSENT_DATA_CATEGORIES)),
  /** Special categories (Art. 9), e.g. health when goals or contacts of the field Gesundheit are listed. */
  special: z.array(z.enum(SPECIAL_CATEGORIES)),
});
export type Paper = z.infer<typeof paperSchema>;

/** What the consent check says about a draft. */
export const CONSENT_VERDICTS = ['notNeeded', 'valid', 'none', 'expired', 'withdrawn', 'notYetValid', 'categoriesMissing'] as const;
export type ConsentVerdict = (typeof CONSENT_VERDICTS)[number];

export const paperConsentSchema = z.object({
  verdict: z.enum(CONSENT_VERDICTS),
  /** Categories the paper contains that the release does not cover. */
  missing: z.array(z.enum(CONSENT_DATA_CATEGORIES)),
  missingSpecial: z.array(z.enum(SPECIAL_CATEGORIES)),
  validUntil: z.string().nullable(),
});
export type PaperConsent = z.infer<typeof paperConsentSchema>;

export function isConsentSufficient(consent: PaperConsent): boolean {
  return consent.verdict === 'notNeeded' || consent.verdict === 'valid';
}

export const templateInfoSchema = z.object({
  id: z.string(),
  /** Built-in: null (the UI names it from its texts); own: the name the supervisor gave. */
  name: z.string().nullable(),
  isOwn: z.boolean(),
  /** The free parts the form offers for this template. */
  freeParts: z.array(z.enum(FREE_PARTS)),
  hasSections: z.boolean(),
  hasAppointment: z.boolean(),
  /** Own templates: the placeholders it uses (all of them known). */
  placeholders: z.array(z.string()),
  fileName: z.string().nullable(),
  createdAt: z.string().nullable(),
});
export type TemplateInfo = z.infer<typeof templateInfoSchema>;

export const writtenPaperFileSchema = z.object({
  format: z.enum(PAPER_FORMATS),
  ...writtenFileSchema.shape,
  /** The document it is kept as in the case (null where documents are not available). */
  documentId: z.string().nullable(),
});
export type WrittenPaperFile = z.infer<typeof writtenPaperFileSchema>;

export const paperRecordSchema = z.object({
  id: z.string(),
  templateId: z.string(),
  recipientKind: z.enum([...RECIPIENT_KINDS, 'none']),
  files: z.array(writtenPaperFileSchema),
  createdAt: z.string(),
  authorName: z.string().nullable(),
});
export type PaperRecord = z.infer<typeof paperRecordSchema>;
