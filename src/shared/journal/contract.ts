import { z } from 'zod';
import { journalInputSchema } from './domain';
import { COUNSELLOR_ONLY, done, idSchema, type AreaContract } from '../kernel/spec';
import { type JOURNAL_CHANNELS } from './channels';

export const journalContract = {
  'journal:add': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ caseId: idSchema, entry: journalInputSchema }),
    output: z.object({ id: z.string() }),
  },
  'journal:update': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ id: idSchema, entry: journalInputSchema }),
    output: done,
  },
  'journal:delete': { access: COUNSELLOR_ONLY, input: z.strictObject({ id: idSchema }), output: done },
} as const satisfies AreaContract<(typeof JOURNAL_CHANNELS)[number]>;
