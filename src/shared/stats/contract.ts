import { z } from 'zod';
import {
  CONSENT_RULES,
  combineResultSchema,
  csvLayoutSchema,
  exportResultSchema,
  historyEntrySchema,
  periodSchema,
  previewSchema,
  profileInputSchema,
  profileSchema,
} from './schemas';
import { ANY_ROLE, SUPERVISOR_ONLY, done, idSchema, empty, type AreaContract, sha256Hex, createdId, idInput } from '../kernel/spec';
import { type STATS_CHANNELS } from './channels';

export const statsContract = {
  'stats:profiles': {
    access: ANY_ROLE,
    input: empty,
    output: z.object({
      profiles: z.array(profileSchema),
      consentRule: z.enum(CONSENT_RULES),
      /** Table ids of the catalogue with their yearly-only flag, for the custom-profile form. */
      catalogue: z.object({
        version: z.string(),
        tables: z.array(
          z.object({ id: z.string(), item: z.number().int(), title: z.string(), titleEn: z.string(), yearlyOnly: z.boolean() }),
        ),
      }),
    }),
  },
  'stats:saveProfile': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ profile: profileInputSchema }),
    output: createdId,
  },
  'stats:deleteProfile': { access: SUPERVISOR_ONLY, input: idInput, output: done },
  'stats:saveSettings': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ consentRule: z.enum(CONSENT_RULES) }),
    output: z.object({ consentRule: z.enum(CONSENT_RULES) }),
  },
  'stats:preview': {
    access: ANY_ROLE,
    /** `correction`: a re-export of a period already delivered to this recipient, chosen explicitly (Korrekturlieferung). */
    input: z.strictObject({ period: periodSchema, profileId: idSchema, correction: z.boolean().optional() }),
    output: previewSchema,
  },
  'stats:export': {
    access: ANY_ROLE,
    input: z.strictObject({
      period: periodSchema,
      profileId: idSchema,
      correction: z.boolean().optional(),
      /** From the confirmed preview: the export refuses (CONFLICT) when the tables changed since. */
      previewHash: sha256Hex,
      csvLayout: csvLayoutSchema,
    }),
    output: exportResultSchema,
  },
  'stats:history': { access: ANY_ROLE, input: empty, output: z.array(historyEntrySchema) },
  'stats:combine': { access: ANY_ROLE, input: empty, output: combineResultSchema },
  'stats:combineExport': {
    access: ANY_ROLE,
    input: z.strictObject({ combineId: idSchema, csvLayout: csvLayoutSchema }),
    output: exportResultSchema,
  },
} as const satisfies AreaContract<(typeof STATS_CHANNELS)[number]>;
