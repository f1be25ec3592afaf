import { z } from 'zod';
import {
  ANY_ROLE,
  COUNSELLOR_ONLY,
  SUPERVISOR_ONLY,
  cancelled,
  done,
  idSchema,
  writtenFileSchema,
  type AreaContract,
  caseInput,
} from '../kernel/spec';
import {
  FREE_PARTS,
  PAPER_FORMATS,
  letterheadSchema,
  letterheadViewSchema,
  paperConsentSchema,
  paperDraftSchema,
  paperRecordSchema,
  paperSchema,
  templateIdSchema,
  templateInfoSchema,
  writtenPaperFileSchema,
} from './domain';
import { templateProblemSchema } from './placeholders';
import { vignetteChoiceSchema, vignetteDraftSchema } from './vignette';
import { type PAPERS_CHANNELS } from './channels';

const choices = z.array(vignetteChoiceSchema).max(200);

export const papersContract = {
  // Papers from templates (counsellors, in a case).
  'papers:templates': { access: ANY_ROLE, input: z.strictObject({}), output: z.array(templateInfoSchema) },
  'papers:preview': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ caseId: idSchema, draft: paperDraftSchema }),
    /** `free`: the free parts as the paper uses them (defaults filled in), for the form to start from. */
    output: z.object({ paper: paperSchema, consent: paperConsentSchema, free: z.partialRecord(z.enum(FREE_PARTS), z.string()) }),
  },
  'papers:create': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({
      caseId: idSchema,
      draft: paperDraftSchema,
      formats: z.array(z.enum(PAPER_FORMATS)).min(1, 'papers.validation.format').max(2),
      /** Also write the files where the counsellor chooses (the case keeps them either way). */
      saveCopy: z.boolean(),
      /** „Teilnahmebescheinigung erstellt für …“ in the journal. */
      journal: z.boolean(),
    }),
    output: z.union([
      cancelled,
      z.object({
        cancelled: z.literal(false),
        paperId: z.string(),
        files: z.array(writtenPaperFileSchema),
        journalEntryId: z.string().nullable(),
      }),
    ]),
  },
  'papers:list': { access: COUNSELLOR_ONLY, input: caseInput, output: z.array(paperRecordSchema) },
  // The office letterhead (set by the supervisor, used on every paper).
  'letterhead:get': { access: ANY_ROLE, input: z.strictObject({}), output: letterheadViewSchema },
  'letterhead:update': { access: SUPERVISOR_ONLY, input: z.strictObject({ letterhead: letterheadSchema }), output: letterheadViewSchema },
  'letterhead:chooseLogo': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({}),
    output: z.union([cancelled, letterheadViewSchema.extend({ cancelled: z.literal(false) })]),
  },
  'letterhead:removeLogo': { access: SUPERVISOR_ONLY, input: z.strictObject({}), output: letterheadViewSchema },
  // Own DOCX templates (the supervisor's files, kept in the vault).
  'paperTemplates:upload': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ name: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong') }),
    output: z.union([
      cancelled,
      z.object({ cancelled: z.literal(false), outcome: z.literal('saved'), template: templateInfoSchema }),
      z.object({
        cancelled: z.literal(false),
        outcome: z.literal('refused'),
        fileName: z.string(),
        problems: z.array(templateProblemSchema),
      }),
    ]),
  },
  'paperTemplates:preview': {
    access: ANY_ROLE,
    input: z.strictObject({ templateId: templateIdSchema }),
    output: z.object({ paper: paperSchema }),
  },
  'paperTemplates:remove': { access: SUPERVISOR_ONLY, input: z.strictObject({ templateId: templateIdSchema }), output: done },
  // The anonymised case vignette.
  'vignette:draft': { access: COUNSELLOR_ONLY, input: caseInput, output: vignetteDraftSchema },
  'vignette:check': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ caseId: idSchema, choices }),
    output: vignetteDraftSchema,
  },
  'vignette:write': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({
      caseId: idSchema,
      choices,
      format: z.enum(PAPER_FORMATS),
      /** The counsellor read the warnings about typed text and writes anyway. */
      confirmWarnings: z.boolean(),
    }),
    output: z.union([cancelled, writtenFileSchema.extend({ cancelled: z.literal(false) })]),
  },
} as const satisfies AreaContract<(typeof PAPERS_CHANNELS)[number]>;
