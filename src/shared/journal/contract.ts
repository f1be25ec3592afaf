import { journalInputSchema } from './domain';
import { COUNSELLOR_ONLY, caseRecordSpecs, done, idInput, type AreaContract } from '../kernel/spec';
import { type JOURNAL_CHANNELS } from './channels';

const entries = caseRecordSpecs(COUNSELLOR_ONLY, 'entry', journalInputSchema);

export const journalContract = {
  'journal:add': entries.add,
  'journal:update': entries.update,
  'journal:delete': { access: COUNSELLOR_ONLY, input: idInput, output: done },
} as const satisfies AreaContract<(typeof JOURNAL_CHANNELS)[number]>;
