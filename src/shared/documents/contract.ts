import { z } from 'zod';
import {
  ANY_ROLE,
  COUNSELLOR_ONLY,
  cancelled,
  done,
  idSchema,
  writtenFileSchema,
  type AreaContract,
  idInput,
  caseInput,
} from '../kernel/spec';
import { type DOCUMENTS_CHANNELS } from './channels';
import {
  MAX_FILES_PER_ADD,
  addResultSchema,
  documentDetailsSchema,
  documentSummarySchema,
  documentUpdateSchema,
  fileMessageSchema,
  storageFiguresSchema,
} from './domain';

/** A dropped file: its name and bytes (the renderer never sends a path for the core to read). */
const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'validation.invalid');
const droppedFileSchema = z.strictObject({ name: z.string().min(1).max(255), bytes: bytesSchema });

export const documentsContract = {
  'documents:list': {
    access: COUNSELLOR_ONLY,
    input: caseInput,
    output: z.array(documentSummarySchema),
  },
  'documents:add': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ caseId: idSchema, details: documentDetailsSchema }),
    output: z.union([cancelled, addResultSchema]),
  },
  'documents:addFiles': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({
      caseId: idSchema,
      details: documentDetailsSchema,
      files: z.array(droppedFileSchema).min(1).max(MAX_FILES_PER_ADD, 'validation.tooMany'),
    }),
    output: addResultSchema,
  },
  'documents:open': {
    access: COUNSELLOR_ONLY,
    input: idInput,
    output: z.object({ document: documentSummarySchema, bytes: bytesSchema }),
  },
  'documents:saveCopy': {
    access: COUNSELLOR_ONLY,
    input: idInput,
    output: z.union([cancelled, z.object({ cancelled: z.literal(false), file: writtenFileSchema })]),
  },
  'documents:update': { access: COUNSELLOR_ONLY, input: z.strictObject({ id: idSchema, document: documentUpdateSchema }), output: done },
  'documents:replace': {
    access: COUNSELLOR_ONLY,
    input: idInput,
    output: z.union([cancelled, z.object({ cancelled: z.literal(false), notices: z.array(fileMessageSchema) })]),
  },
  'documents:delete': { access: COUNSELLOR_ONLY, input: idInput, output: done },
  'documents:storage': { access: ANY_ROLE, input: z.strictObject({}), output: storageFiguresSchema },
} as const satisfies AreaContract<(typeof DOCUMENTS_CHANNELS)[number]>;
