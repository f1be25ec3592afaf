import { z } from 'zod';
import {
  batchSchema,
  commitResultSchema,
  dryRunSchema,
  importPlanSchema,
  openedFileSchema,
  previewSchema,
  profileMappingSchema,
  profileNameSchema,
  profileSchema,
  tableChoiceSchema,
  undoPreviewSchema,
  valuesSchema,
} from './domain';
import { COUNSELLOR_ONLY, cancelled, done, empty, idSchema, type AreaContract, createdId, idInput } from '../kernel/spec';
import { type IMPORT_CHANNELS } from './channels';

/**
 * Counsellors import into their own caseload; supervisors see no case contents and cannot import.
 * The file comes only through the core's open-file dialog and stays in the core's memory until
 * the import is committed or discarded (or the vault locks).
 */
export const importContract = {
  'import:open': { access: COUNSELLOR_ONLY, input: empty, output: z.union([cancelled, openedFileSchema]) },
  'import:preview': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({
      sheet: z.number().int().min(0).max(1000),
      /** Null: the core looks for the header row (the first row with several texts). */
      headerRow: z.number().int().min(0).max(200).nullable(),
      profileId: idSchema.nullable().optional(),
    }),
    output: previewSchema,
  },
  'import:values': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ table: tableChoiceSchema, profileId: idSchema.nullable().optional() }),
    output: valuesSchema,
  },
  'import:dryRun': { access: COUNSELLOR_ONLY, input: z.strictObject({ plan: importPlanSchema }), output: dryRunSchema },
  'import:commit': { access: COUNSELLOR_ONLY, input: z.strictObject({ plan: importPlanSchema }), output: commitResultSchema },
  'import:discard': { access: COUNSELLOR_ONLY, input: empty, output: done },
  /** Deletes the list just imported from its folder (the file the dialog chose; nothing else). */
  'import:deleteSource': { access: COUNSELLOR_ONLY, input: empty, output: z.object({ deleted: z.boolean() }) },
  'import:batches': { access: COUNSELLOR_ONLY, input: empty, output: z.array(batchSchema) },
  'import:undoPreview': { access: COUNSELLOR_ONLY, input: z.strictObject({ batchId: idSchema }), output: undoPreviewSchema },
  'import:undo': {
    access: COUNSELLOR_ONLY,
    /** With changed cases the undo is refused unless `keepChanged`: then those stay and the rest goes. */
    input: z.strictObject({ batchId: idSchema, keepChanged: z.boolean() }),
    output: z.object({ undone: z.number().int(), kept: z.number().int() }),
  },
  'import:profiles': { access: COUNSELLOR_ONLY, input: empty, output: z.array(profileSchema) },
  'import:saveProfile': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ name: profileNameSchema, mapping: profileMappingSchema }),
    output: createdId,
  },
  'import:deleteProfile': { access: COUNSELLOR_ONLY, input: idInput, output: done },
} as const satisfies AreaContract<(typeof IMPORT_CHANNELS)[number]>;
